import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataFile } from '../reception/calendar/read-data-file.ts';
import { serviceSchema, type Service } from './catalogue-schema.ts';

/** The service catalogue shipped with Jitu, one JSON file per service. */
export const SERVICES_FOLDER = fileURLToPath(new URL('../../fixtures/services/', import.meta.url));

export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

/** Reads every `<id>.json` of a folder; a file whose name differs from its id is invalid. */
export function loadServiceCatalogue(folder: string): Service[] {
  const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  return files.map((name) => {
    const path = join(folder, name);
    const service = readDataFile(path, serviceSchema, (message) => new CatalogueError(message));
    if (`${service.id}.json` !== name) {
      throw new CatalogueError(`${path} contains service "${service.id}"; name the file after its id.`);
    }
    return service;
  });
}

let shipped: Map<string, Service> | undefined;

/** The shipped catalogue, loaded once, keyed by service id. */
export function serviceCatalogue(): Map<string, Service> {
  shipped ??= new Map(loadServiceCatalogue(SERVICES_FOLDER).map((service) => [service.id, service]));
  return shipped;
}
