import { connectFunctionsEmulator, getFunctions, httpsCallable, type Functions } from 'firebase/functions';
import type { CallableName, CallRequest, CallResult } from '../../../../core/src/callables.ts';
import { firebaseSettings } from '../config.ts';
import { parleyApp } from './firebase-app.ts';
import { ensureUser } from './firebase-auth.ts';

let functions: Functions | null = null;

function parleyFunctions(): Functions {
  if (functions) return functions;
  functions = getFunctions(parleyApp(), firebaseSettings.region);
  const emulator = firebaseSettings.emulators?.functions;
  if (emulator) connectFunctionsEmulator(functions, emulator.host, emulator.port);
  return functions;
}

/**
 * Calls a callable function by name as the signed-in user (a new guest when nobody is signed in).
 * With `asGuest` false nobody is signed in for the call (asking for a sign-in link or an SSO
 * token exchange needs no account).
 */
export async function call<N extends CallableName>(name: N, data: CallRequest<N>, asGuest = true): Promise<CallResult<N>> {
  if (asGuest) await ensureUser();
  const result = await httpsCallable<CallRequest<N>, CallResult<N>>(parleyFunctions(), name)(data);
  return result.data;
}
