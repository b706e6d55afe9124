import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { prepareZXingModule, readBarcodes, type ReadResult } from 'zxing-wasm/reader';

const run = promisify(execFile);

/** Writes `bytes` to a fresh temporary directory and returns the file path. */
export async function writeTemp(bytes: Uint8Array, name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jitu-templates-'));
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

/** Extracts the text of a PDF with poppler's pdftotext; pages are split by form feeds. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const path = await writeTemp(bytes, 'document.pdf');
  const { stdout } = await run('/usr/bin/pdftotext', [path, '-'], { maxBuffer: 16 << 20 });
  return stdout;
}

/** Returns the text of each page; pdftotext ends every page with a form feed. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const text = await pdfText(bytes);
  return text.split('\f').slice(0, -1);
}

/** Rasterises every page with pdftoppm and returns the PNG files in page order. */
export async function pdfToPngs(bytes: Uint8Array, dpi: number): Promise<string[]> {
  const path = await writeTemp(bytes, 'document.pdf');
  const prefix = join(path, '..', 'page');
  await run('/usr/bin/pdftoppm', ['-r', String(dpi), '-png', path, prefix]);
  const dir = join(path, '..');
  const files = (await readdir(dir)).filter((file) => file.startsWith('page')).sort();
  return files.map((file) => join(dir, file));
}

let zxingReady: Promise<unknown> | undefined;

/** Loads the zxing reader from the wasm file inside the package, without network. */
function prepareZxing(): Promise<unknown> {
  if (zxingReady === undefined) {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('zxing-wasm/reader/zxing_reader.wasm');
    zxingReady = readFile(wasmPath).then((wasmBinary) =>
      prepareZXingModule({
        overrides: { wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer },
        fireImmediately: true,
      }),
    );
  }
  return zxingReady;
}

/** Decodes every barcode found in a PNG file. */
export async function decodePng(path: string): Promise<ReadResult[]> {
  await prepareZxing();
  const png = PNG.sync.read(await readFile(path));
  const image = {
    data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength),
    width: png.width,
    height: png.height,
    colorSpace: 'srgb',
  } as ImageData;
  return readBarcodes(image, { formats: ['Code128', 'QRCode'], tryHarder: true });
}
