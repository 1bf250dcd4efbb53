import { connect, createServer } from 'node:net';
import { assertReachablePort, firestoreWebsocketPort, portOffset, type EmulatorName, type EmulatorPorts } from './emulator-config.ts';
import { SetupError } from './setup-error.ts';

/** Port checks before and after the emulators run. */

/** Resolves when the port is free; rejects with a SetupError naming the emulator and what to do. */
export function assertPortFree(name: string, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(
        new SetupError(
          `Port ${port} (${name} emulator) is already in use. Stop whatever holds it ` +
            `(another \`npm start\`? see \`lsof -i :${port}\`) or change "emulators.${name}.port" in firebase.json.`,
        ),
      ),
    );
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** Checks every port the suite will take, the Firestore emulator's WebSocket included, one by one. */
export async function assertPortsFree(ports: EmulatorPorts): Promise<void> {
  for (const name of Object.keys(ports) as EmulatorName[]) await assertPortFree(name, ports[name].host, ports[name].port);
  const websocket = firestoreWebsocketPort();
  if (websocket) {
    assertReachablePort('firestore websocket', websocket, portOffset());
    await assertPortFree('firestore websocket', ports.firestore.host, websocket);
  }
}

/** Whether something accepts connections on a port, within half a second (an emulator running there). */
export function portAnswers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 500 });
    const done = (value: boolean) => {
      socket.destroy();
      resolve(value);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}
