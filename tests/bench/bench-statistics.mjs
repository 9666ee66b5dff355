// The figures the browser benches print: medians of runs, percentiles of steps.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export const fixed = (n, digits = 1) => n.toFixed(digits);

// The longtask observer reports only tasks of 50 ms or more.
export const taskCell = (ms) => (ms === 0 ? 'none ≥ 50 ms' : `${fixed(ms, 0)} ms`);
