// One place that binds htm to Preact, so every screen writes `html\`…\``.
import { h, render } from 'preact';
import htm from 'htm';

export const html = htm.bind(h);
export { render };
export { useState, useEffect, useRef, useCallback, useMemo } from 'preact/hooks';
