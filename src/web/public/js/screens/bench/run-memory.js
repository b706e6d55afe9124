// NOTE: no API route yet returns the open run or the conditioning record of
// a parameter to its analyst, so this browser remembers the ids it created.
const key = (kind, id) => `jitu.${kind}.${id}`;

export const rememberRun = (parameterId, runId) => localStorage.setItem(key('run', parameterId), String(runId));
export const rememberedRun = (parameterId) => localStorage.getItem(key('run', parameterId));

export const rememberConditioning = (sampleId, recordId) => localStorage.setItem(key('conditioning', sampleId), String(recordId));
export const rememberedConditioning = (sampleId) => localStorage.getItem(key('conditioning', sampleId));
