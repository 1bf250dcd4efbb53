import { render } from 'preact';
import { firebaseSettings } from '../client/config.ts';
import { isSocialProvider } from '../../../core/src/providers.ts';
import { createModeratorClient } from '../client/moderator/firebase.ts';
import { ConsoleApp } from './ConsoleApp.tsx';
import { createSessionModel } from './session/session-model.ts';
import { createShellModel } from './shell/shell-model.ts';
import './console.css';
import './queue/queue.css';
import './settings/settings.css';

// The console shares the widget's palette (../design/tokens.css) and follows the system's light or dark preference.
const root = document.documentElement;
const darkScheme = matchMedia('(prefers-color-scheme: dark)');
const applyScheme = (): void => root.setAttribute('data-parley-theme', darkScheme.matches ? 'dark' : 'light');
applyScheme();
darkScheme.addEventListener('change', applyScheme);

const client = createModeratorClient();
const session = createSessionModel(client);
const shell = createShellModel(session, window);
const providers = (firebaseSettings.consoleProviders ?? []).filter(isSocialProvider);
render(<ConsoleApp client={client} session={session} shell={shell} providers={providers} />, document.getElementById('console')!);
