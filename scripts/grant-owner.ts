import { chooseTarget, grantOwner, parseGrantOwnerArgs } from './lib/grant-owner.ts';
import { runMain } from './lib/setup-error.ts';

/**
 * `npm run grant-owner -- EMAIL [SITE] [--name NAME]`: makes an account the owner of a site, against the
 * emulators or a real project (options in lib/grant-owner.ts, GRANT_OWNER_USAGE). The new owner signs in again
 * (or presses "Check again" in the console) for the role to apply.
 */
runMain(async () => {
  const { options, note } = await chooseTarget(parseGrantOwnerArgs(process.argv.slice(2)));
  if (note) console.log(note);
  const result = await grantOwner(options);
  if (result.createdSite) console.log(`Created the site “${result.site}” with default settings.`);
  if (result.createdAccount) console.log('Created the account (no password: sign in with an email link or a provider using that address).');
  if (!result.name) console.log('The account has no display name yet: its name is reserved on the site once the owner chooses one (or run again with --name).');
  console.log(`✔ ${options.email} now owns “${result.site}” in ${result.target} (uid ${result.uid}).`);
  process.exit(0);
});
