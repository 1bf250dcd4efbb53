import { render } from 'preact';
import { createModeratorClient } from '../client/moderator-client.ts';
import { ConsoleApp } from './ConsoleApp.tsx';
import { createConsoleModel } from './console-model.ts';
import './console.css';

const client = createModeratorClient();
const model = createConsoleModel(client);
render(<ConsoleApp model={model} client={client} />, document.getElementById('console')!);
