import type { ModerationMode } from '../../../../core/src/types.ts';
import { Field } from '../ui/Field.tsx';
import type { SettingsModel } from './settings-model.ts';

const MODES: Array<[ModerationMode, string, string]> = [
  ['post', 'Post-moderation', 'Comments publish at once; only what the filters catch waits for review.'],
  ['first-time', 'First-time pre-moderation', "A newcomer's first comment waits for review; trusted and known authors publish at once."],
  ['pre', 'Full pre-moderation', 'Every comment waits for a moderator.'],
];

/** Moderation mode, word lists, link limit and report threshold. */
export function ModerationFields({ model }: { model: SettingsModel }) {
  const form = model.form.value!;
  const errors = model.errors.value;
  return (
    <fieldset class="section">
      <legend>Moderation</legend>
      <div role="radiogroup" aria-label="Moderation mode" class="stack">
        {MODES.map(([mode, label, hint]) => (
          <label key={mode} class="choice">
            <input type="radio" name="moderation" checked={form.moderation === mode} onChange={() => model.edit({ moderation: mode })} />
            <span>
              <strong>{label}</strong>
              <span class="muted small"> {hint}</span>
            </span>
          </label>
        ))}
      </div>
      <div class="grid-2">
        <Field
          id="banned-words"
          label="Banned words"
          multiline
          value={form.bannedWords}
          hint="One per line. A comment containing one is refused."
          onInput={(bannedWords) => model.edit({ bannedWords })}
        />
        <Field
          id="suspect-words"
          label="Suspect words"
          multiline
          value={form.suspectWords}
          hint="One per line. A comment containing one waits for review."
          onInput={(suspectWords) => model.edit({ suspectWords })}
        />
        <Field
          id="link-limit"
          label="Link limit"
          type="number"
          value={form.linkLimit}
          error={errors.linkLimit}
          hint="A comment with more links than this waits for review."
          placeholder="server default"
          onInput={(linkLimit) => model.edit({ linkLimit })}
        />
        <Field
          id="report-threshold"
          label="Report threshold"
          type="number"
          value={form.reportThreshold}
          error={errors.reportThreshold}
          hint="This many reports send a published comment back for review."
          placeholder="server default"
          onInput={(reportThreshold) => model.edit({ reportThreshold })}
        />
      </div>
    </fieldset>
  );
}
