import { event, measured, unrecognised } from '../outcomes.ts';
import type { Driver, LineOutcome, Measurement } from '../types.ts';
import type { EventRule, LineProfile, MeasurementRule, ProfileRule } from './profile-types.ts';

const RESERVED_GROUPS = new Set(['value', 'unit', 'channel', 'stability', 'status']);

interface CompiledRule {
  rule: ProfileRule;
  regex: RegExp;
}

/** Builds a driver that parses lines with a profile's rules, first match wins. */
export function profileDriver(profile: LineProfile): Driver {
  const rules: CompiledRule[] = profile.rules.map((rule) => ({ rule, regex: new RegExp(rule.pattern) }));
  const parseLine = (line: string): LineOutcome => {
    const text = line.trim();
    for (const { rule, regex } of rules) {
      const match = regex.exec(text);
      if (!match) continue;
      const groups = match.groups ?? {};
      if ('event' in rule) return eventOf(rule, groups, line);
      return measurementOf(profile.id, rule, groups, line);
    }
    return unrecognised(`matches no rule of profile ${profile.id}`, line);
  };
  return { id: profile.id, description: profile.description, serial: profile.serial, parseLine };
}

function eventOf(rule: EventRule, groups: Record<string, string | undefined>, raw: string): LineOutcome {
  return event(rule.event, raw, definedEntries(groups));
}

function measurementOf(
  driver: string,
  rule: MeasurementRule,
  groups: Record<string, string | undefined>,
  raw: string,
): LineOutcome {
  const status = (groups.status && rule.statusMap?.[groups.status]) || 'ok';
  const value = groups.value?.replace(/\s+/g, '') || null;
  if (status === 'ok' && (value === null || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value))) {
    return unrecognised(`invalid ${rule.quantity} value "${groups.value ?? ''}"`, raw);
  }
  const measurement: Measurement = {
    driver,
    quantity: rule.quantity,
    value: status === 'ok' ? value : null,
    unit: groups.unit || (rule.unit ?? null),
    stable: stabilityOf(rule, groups.stability) && status === 'ok',
    status,
    raw,
  };
  if (groups.channel) measurement.channel = groups.channel;
  const attributes = definedEntries(groups, RESERVED_GROUPS);
  if (Object.keys(attributes).length > 0) measurement.attributes = attributes;
  return measured(measurement);
}

function stabilityOf(rule: MeasurementRule, flag: string | undefined): boolean {
  if (flag !== undefined && rule.stableWhen) return rule.stableWhen.includes(flag);
  return rule.stable ?? true;
}

function definedEntries(groups: Record<string, string | undefined>, skip = new Set<string>()): Record<string, string> {
  const entries = Object.entries(groups).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !skip.has(entry[0]),
  );
  return Object.fromEntries(entries);
}
