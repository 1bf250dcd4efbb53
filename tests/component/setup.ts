import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Conditions, not clocks: waitFor and findBy poll until what they wait for is true. On a busy
// 2-core machine that can take seconds, so they give up only after ten (the default is one).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
