import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ApiClient } from '../../src/demo/api-client.ts';
import type { LiveMessage } from '../../src/testing/live-hub.ts';
import { revokeGatewayKey } from '../../src/gateway/service/keys.ts';
import { chunk, connectRaw } from './helpers/raw-client.ts';
import { issueKey, startRestartableService, waitUntil, type RestartableService } from './helpers/service.ts';

let service: RestartableService | undefined;

afterEach(async () => {
  await service?.close();
  service = undefined;
});

async function balanceRows() {
  return service!.db()
    .selectFrom('measurements')
    .select(['value', 'source_key', 'raw'])
    .where('instrument_id', '=', service!.lab.balanceId)
    .orderBy('id')
    .execute();
}

describe('gateway websocket protocol', () => {
  it('joins lines split across chunks and restarts', async () => {
    service = await startRestartableService();
    const key = await issueKey(service, ['NRC-01']);
    let gateway = await connectRaw(service.url, key);
    gateway.send(chunk('s1', 1, 'S S     1.0'));
    gateway.send(chunk('s1', 2, '000 g\r\nS S     2.00'));
    await gateway.acked('s1', 2);
    gateway.send(chunk('s1', 2, '000 g\r\nS S     2.00'));
    await gateway.acked('s1', 2);
    await gateway.close();

    await service.stop();
    await service.start();
    gateway = await connectRaw(service.url, key);
    gateway.send(chunk('s1', 3, '00 g\r'));
    gateway.send(chunk('s1', 4, '\nS S     3.0000 g\r\n'));
    gateway.send(chunk('s1', 3, '00 g\r'));
    await gateway.acked('s1', 4);
    await gateway.close();

    const rows = await balanceRows();
    expect(rows.map((row) => row.value)).toEqual(['1.0000', '2.0000', '3.0000']);
    expect(rows.map((row) => row.source_key)).toEqual(['gw:s1:1', 'gw:s1:2', 'gw:s1:3']);
    expect(rows[1]!.raw).toBe('S S     2.0000 g');
  });

  it('drops an unfinished line at the end marker', async () => {
    service = await startRestartableService();
    const key = await issueKey(service, ['NRC-01']);
    const gateway = await connectRaw(service.url, key);
    gateway.send(chunk('s1', 1, 'S S     1.0000 g\r\nS S     9.9'));
    gateway.send({ type: 'end', stream: 's1', sequence: 2 });
    gateway.send(chunk('s2', 1, '999 g\r\nS S     2.0000 g\r\n'));
    await gateway.acked('s2', 1);
    await gateway.close();

    const values = (await balanceRows()).map((row) => row.value);
    expect(values).toEqual(['1.0000', '2.0000']);
  });

  it('publishes measurements and state live', async () => {
    service = await startRestartableService();
    const analyst = service.lab.credentials.find((c) => c.username === 'analis')!;
    const session = await ApiClient.login(service.app(), analyst.username, analyst.password);
    const live = new WebSocket(`${service.url}/api/instruments/${service.lab.balanceId}/live`, { headers: { authorization: `Bearer ${session.token}` } });
    const received: LiveMessage[] = [];
    live.on('message', (data) => received.push(JSON.parse(data.toString()) as LiveMessage));
    await new Promise((resolve) => live.once('open', resolve));

    const gateway = await connectRaw(service.url, await issueKey(service, ['NRC-01']));
    gateway.send({ type: 'port', state: 'open', detail: null });
    gateway.send(chunk('s1', 1, 'S S     4.2000 g\r\n'));
    await gateway.acked('s1', 1);
    await gateway.close();
    await waitUntil(() => received.some((m) => m.type === 'state' && m.state === 'down'), 'down state');
    live.close();

    const states = received.flatMap((m) => (m.type === 'state' ? [m.state] : []));
    expect(states).toEqual(['open', 'open', 'down']);
    const measurements = received.flatMap((m) => (m.type === 'measurement' ? [m.value] : []));
    expect(measurements).toEqual(['4.2000']);
  });

  it('sends the welcome with the instrument driver', async () => {
    service = await startRestartableService();
    const gateway = await connectRaw(service.url, await issueKey(service, ['NRC-01']));
    await waitUntil(() => gateway.messages.length > 0, 'welcome');
    await gateway.close();

    expect(gateway.messages[0]).toEqual({ type: 'welcome', protocol: 1, instrument: { id: service.lab.balanceId, code: 'NRC-01', driver: 'mettler-sics' } });
  });

  it('closes on a malformed message', async () => {
    service = await startRestartableService();
    const gateway = await connectRaw(service.url, await issueKey(service, ['NRC-01']));
    const closed = new Promise<number>((resolve) => gateway.socket.once('close', (code) => resolve(code)));
    gateway.send({ type: 'chunk', stream: 's1', sequence: 0, receivedAt: 'yesterday', bytes: '' });

    expect(await closed).toBe(4400);
    expect(gateway.messages.at(-1)?.type).toBe('error');
  });

  it('refuses a missing, wrong or revoked key', async () => {
    service = await startRestartableService();
    const key = await issueKey(service, ['NRC-01']);

    await expect(connectRaw(service.url, null)).rejects.toThrow('HTTP 401');
    await expect(connectRaw(service.url, 'jgk_not-a-key')).rejects.toThrow('HTTP 401');
    const keys = await service.db().selectFrom('gateway_keys').select('id').execute();
    await revokeGatewayKey(service.db(), keys[0]!.id, service.lab.credentials[0]!.user.id);
    await expect(connectRaw(service.url, key)).rejects.toThrow('HTTP 401');
  });

  it('refuses an instrument outside the key scope', async () => {
    service = await startRestartableService();
    await service.db().insertInto('instruments').values({ code: 'NRC-02', name: 'Neraca kedua', driver: 'mettler-sics', port: null, status: 'in_service', maker: null, model: null, serial_number: null, location: null }).execute();
    const key = await issueKey(service, ['NRC-01']);

    await expect(connectRaw(service.url, key, 'NRC-02')).rejects.toThrow('HTTP 403');
    await expect(connectRaw(service.url, key, 'NRC-99')).rejects.toThrow('HTTP 404');
  });
});
