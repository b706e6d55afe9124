import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../drivers/simulators/index.ts';
import { DEMO_WEIGHINGS } from '../../src/demo/abrasion-flow.ts';
import { freeLoopbackPort } from '../../src/demo/instruments.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { launchChromium, loginAs, screenshot } from './browser.ts';

const WEIGHINGS = [...DEMO_WEIGHINGS.before, ...DEMO_WEIGHINGS.after];

// Each weighing settles over two moving readings, then stays still for
// about three seconds, as a balance does until the specimen is lifted off.
const HELD_READINGS = 15;
const script = {
  readings: WEIGHINGS.flatMap((value) => [
    { value, unit: 'g', dynamicBefore: 2 },
    ...Array.from({ length: HELD_READINGS }, () => ({ value, unit: 'g', dynamicBefore: 0 })),
  ]),
};

let lab: TestLab;
let browser: Browser;
let baseUrl: string;
let balancePort: string;
let simulator: SimulatorHandle | undefined;
const pages: Page[] = [];

const password = (username: string) => lab.lab.credentials.find((c) => c.username === username)!.password;

async function login(username: string): Promise<Page> {
  const page = await loginAs(browser, baseUrl, username, password(username));
  pages.push(page);
  return page;
}

beforeAll(async () => {
  balancePort = `tcp://127.0.0.1:${await freeLoopbackPort()}`;
  lab = await buildTestLab({ balancePort });
  await lab.app.listen({ host: '127.0.0.1', port: 0 });
  await lab.app.instrumentLinks.startAll();
  const address = lab.app.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await simulator?.stop();
  await lab?.close();
});

describe('web app in Chromium', () => {
  const flow = { requestId: '', sampleCode: '' };

  it('registers and accepts a sample at the reception desk', async () => {
    const page = await login('penerima');
    await expect(page.getByRole('heading', { name: /Selamat datang, Siti Rahmawati/ }).isVisible()).resolves.toBe(true);
    await screenshot(page, '01-receiver-home');

    await page.keyboard.press('Alt+N');
    await page.getByRole('heading', { name: 'Permohonan pengujian baru' }).waitFor();
    await page.getByLabel('Cari pelanggan').fill('Langkah');
    await page.getByRole('radio', { name: /CV Langkah Kuat/ }).check();
    await page.getByLabel('Uraian sampel').fill('X');
    await page.getByRole('checkbox', { name: /Ketahanan abrasi sol luar/ }).check();
    await page.getByRole('button', { name: 'Daftarkan permohonan' }).click();
    const descriptionError = page.locator('.field.has-error', { has: page.getByLabel('Uraian sampel') });
    await descriptionError.locator('.field-error').waitFor();
    expect(await descriptionError.locator('.field-error').textContent()).toMatch(/^Isian .*description tidak valid/);
    await screenshot(page, '02-receiver-field-error');

    await page.getByLabel('Uraian sampel').fill('Sepatu pengaman sol PU, ujung baja');
    await page.getByLabel('Jumlah (pasang/potong)').fill('3');
    await page.getByLabel('Merek').fill('Langkah Kuat');
    await page.getByLabel('Model').fill('LK-Safety 07');
    await page.getByLabel('Ukuran').fill('42');
    await page.getByRole('button', { name: 'Daftarkan permohonan' }).click();
    await page.waitForURL(/#\/requests\/\d+$/);
    flow.requestId = page.url().match(/requests\/(\d+)$/)![1]!;
    flow.sampleCode = (await page.locator('.sample-card .code').textContent())!.trim();
    expect(flow.sampleCode).toMatch(/^JU-\d{4}-SP-\d{5}$/);

    for (const check of ['jumlah contoh cukup untuk parameter yang diminta', 'kondisi contoh baik, tidak rusak', 'contoh berlabel dan sesuai formulir']) {
      await page.getByRole('checkbox', { name: check }).check();
    }
    await page.getByRole('button', { name: 'Terima sampel' }).click();
    await page.locator('.sample-card .pill-accepted').waitFor();
    await page.locator('.quotation-total').waitFor();

    const popup = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Cetak label (PDF)' }).click();
    const labels = await popup;
    expect(labels.url()).toMatch(/^blob:/);
    await labels.close();

    const total = (await page.locator('.quotation-total').textContent())!.replace(/\D/g, '');
    expect(Number(total)).toBeGreaterThan(0);
    expect(await page.getByLabel('Jumlah (Rp)').inputValue()).toBe(total);
    await page.getByLabel('Kode billing').fill('SIMPONI-820261204001');
    await page.getByRole('button', { name: 'Catat pembayaran' }).click();
    await page.locator('.sample-card .pill-ready').waitFor();
    await screenshot(page, '03-receiver-request');
  });

  it('assigns the parameter to an analyst as supervisor', async () => {
    const page = await login('penyelia');
    await page.goto(`/#/requests/${flow.requestId}`);
    await page.getByLabel('Analis').selectOption({ label: 'Dewi Ayu Lestari' });
    await page.getByRole('button', { name: 'Tugaskan' }).click();
    await page.locator('.sample-card td', { hasText: 'Dewi Ayu Lestari' }).waitFor();
    await screenshot(page, '04-supervisor-assigned');
  });

  it('runs the abrasion test with readings accepted by key', async () => {
    const page = await login('analis');
    await page.keyboard.press('Alt+W');
    const row = page.locator('tr', { hasText: flow.sampleCode });
    await row.waitFor();
    await screenshot(page, '05-analyst-worklist');
    await row.getByRole('link', { name: 'Siapkan uji' }).click();
    await page.locator('.gates-closed', { hasText: 'Pengkondisian' }).waitFor();

    await page.getByRole('button', { name: 'Mulai uji' }).click();
    const blocked = page.locator('.blocked');
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain('Uji belum boleh dimulai: benda uji belum mulai dikondisikan');
    await screenshot(page, '06-analyst-run-blocked');

    const dayAgo = await page.evaluate(() => {
      const start = new Date(Date.now() - 25 * 3600_000);
      return new Date(start.getTime() - start.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    });
    await page.getByLabel('Ruang', { exact: true }).fill('Ruang kondisi 1');
    await page.getByLabel('Mulai pada').fill(dayAgo);
    await page.getByRole('button', { name: 'Catat mulai pengkondisian' }).click();
    await page.getByLabel('Suhu (°C)').fill('23.1');
    await page.getByLabel('Kelembapan (% RH)').fill('50.4');
    await page.getByRole('button', { name: 'Catat selesai pengkondisian' }).click();
    await page.getByText('Pengkondisian tercatat.').waitFor();
    await page.getByRole('button', { name: 'Mulai uji' }).click();
    await page.waitForURL(/#\/runs\/\d+$/);
    const runPath = new URL(page.url()).hash;
    await page.keyboard.press('Alt+W');
    await page.locator('tr', { hasText: flow.sampleCode }).getByRole('link', { name: 'Buka lembar kerja' }).click();
    await page.waitForURL((url) => url.hash === runPath);
    await page.locator('.reading-panel .badge').waitFor();
    expect(await page.locator('.reading-panel .badge').getAttribute('data-state')).not.toBe('open');
    await screenshot(page, '07-worksheet-waiting');

    simulator = await startSimulator({ driver: 'mettler-sics', to: balancePort, rateHz: 5, script });
    await page.locator('.reading-panel .badge[data-state="open"]').waitFor();
    await page.locator('output.reading.unstable').waitFor();
    expect(await page.getByRole('button', { name: /Terima bacaan/ }).isDisabled()).toBe(true);
    await screenshot(page, '08-worksheet-unstable');

    for (const value of WEIGHINGS) {
      await page.locator('output.reading.stable', { hasText: value }).waitFor();
      await page.keyboard.press('Space');
      await page.locator('td.slot.filled', { hasText: value }).waitFor();
    }
    expect(await page.locator('td.slot.filled').count()).toBe(6);

    await page.getByLabel('Massa jenis sol (g/cm³)', { exact: true }).fill('1.18');
    await page.getByLabel('Kehilangan massa karet acuan (mg)', { exact: true }).fill('204');
    await page.locator('.preview .result-value', { hasText: '97 mm³' }).waitFor();
    await page.locator('.preview .verdict-pass').waitFor();
    await screenshot(page, '09-worksheet-calculated');
    await page.getByRole('button', { name: 'Selesaikan uji' }).click();
    await page.getByText('Uji selesai: 97 mm³.').waitFor();
  });

  it('verifies the result beside its raw lines', async () => {
    const page = await login('penyelia');
    await page.keyboard.press('Alt+V');
    const row = page.locator('tr', { hasText: flow.sampleCode });
    await row.getByRole('link', { name: 'Periksa' }).click();
    await page.locator('.result-value', { hasText: '97 mm³' }).waitFor();
    expect(await page.locator('table.evidence code', { hasText: 'S S' }).count()).toBe(6);
    await screenshot(page, '10-supervisor-review');
    await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    await page.getByText('Tercatat. Status sekarang: Terverifikasi.').waitFor();
  });

  it('validates and issues the LHU as technical manager', async () => {
    const page = await login('manajer');
    await page.keyboard.press('Alt+V');
    await page.locator('tr', { hasText: flow.sampleCode }).getByRole('link', { name: 'Periksa' }).click();
    await page.getByRole('button', { name: 'Validasi', exact: true }).click();
    await page.getByText('Tercatat. Status sekarang: Tervalidasi.').waitFor();
    await page.getByRole('link', { name: 'Buka permohonan' }).click();
    await page.getByRole('button', { name: 'Terbitkan LHU' }).click();
    const pdfLink = page.getByRole('link', { name: 'Buka PDF' });
    await pdfLink.waitFor();
    const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, '11-manager-issued');
  });

  it('records the hand-over at the desk', async () => {
    const page = await login('penerima');
    await page.goto(`/#/requests/${flow.requestId}`);
    await page.getByLabel('Nama penerima LHU').fill('Rina Marlina');
    await page.getByRole('button', { name: 'Catat penyerahan' }).click();
    await page.getByText(/tercatat di buku pengambilan/).waitFor();
    await screenshot(page, '12-receiver-handover');
  });

  it('finds the trace of a scanned sample as auditor', async () => {
    const page = await login('auditor');
    await page.keyboard.type(flow.sampleCode);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/audit\/trace\//);
    await page.locator('.chain[data-intact="true"]').waitFor();
    expect(await page.locator('h1 .code').textContent()).toBe(flow.sampleCode);
    expect(await page.locator('table.evidence code', { hasText: 'S S' }).count()).toBe(6);
    expect(await page.getByText('Diserahkan kepada Rina Marlina', { exact: false }).count()).toBe(1);
    await screenshot(page, '13-auditor-trace');

    await page.keyboard.press('Alt+L');
    await page.getByRole('heading', { name: /^Trace/ }).waitFor();
    await screenshot(page, '14-auditor-trace-english');
    await page.goto('/#/audit/trace/JU-2000-SP-99999');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/not found/);
  });

  it('opens the request of a scanned code as receiver', async () => {
    const page = await login('penerima');
    await page.keyboard.type(flow.sampleCode);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/requests/${flow.requestId}$`));
    await page.locator('.sample-card .code', { hasText: flow.sampleCode }).waitFor();

    await page.keyboard.press('Alt+S');
    await page.getByLabel('Kode sampel, no. permohonan atau pelanggan').fill('Langkah Kuat');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    const row = page.locator('table.search-results tr', { hasText: flow.sampleCode });
    await row.waitFor();
    await screenshot(page, '15-receiver-search');
    await row.getByRole('link').click();
    await page.waitForURL(new RegExp(`#/requests/${flow.requestId}$`));
  });

  it('opens the request of a scanned code as supervisor', async () => {
    const page = await login('penyelia');
    await page.keyboard.type(flow.sampleCode);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/requests/${flow.requestId}$`));
  });

  it('amends the LHU as technical manager', async () => {
    const page = await login('manajer');
    await page.goto(`/#/requests/${flow.requestId}`);
    await page.getByRole('textbox', { name: /^Alasan revisi Dicetak/ }).fill('Model sepatu tertulis salah pada LHU');
    await page.getByRole('button', { name: 'Tambah koreksi data sampel' }).click();
    await page.getByRole('combobox', { name: /^Isian/ }).selectOption('model');
    await page.getByLabel('Nilai yang benar').fill('LK-Safety 08');
    await page.getByRole('button', { name: 'Terbitkan revisi' }).click();
    await page.locator('td', { hasText: 'Digantikan' }).waitFor();
    expect(await page.getByRole('link', { name: 'Buka PDF' }).count()).toBe(2);
    await screenshot(page, '16-manager-amended');
  });

  it('lists instruments, authorisations and tariffs for the admin', async () => {
    const page = await login('admin');
    await page.keyboard.press('Alt+A');
    const balance = page.locator('tr', { hasText: 'NRC-01' });
    await balance.waitFor();
    expect(await balance.locator('.badge').getAttribute('data-state')).toBe('open');
    await page.locator('#authorisations-title + table tr', { hasText: 'Dewi Ayu Lestari' }).first().waitFor();
    await page.locator('#tariffs-title + table tbody tr').first().waitFor();
    await screenshot(page, '17-admin');
  });

  it('runs every screen without a script error', () => {
    for (const page of pages) expect((page as Page & { scriptErrors: string[] }).scriptErrors).toEqual([]);
  });
});
