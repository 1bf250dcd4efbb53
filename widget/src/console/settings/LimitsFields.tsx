import { Field } from '../ui/Field.tsx';
import { RATE_LIMITS } from './settings-form.ts';
import type { SettingsModel } from './settings-model.ts';

/** Rate limits, the edit window and the longest comment. */
export function LimitsFields({ model }: { model: SettingsModel }) {
  const form = model.form.value!;
  const errors = model.errors.value;
  return (
    <fieldset class="section">
      <legend>Limits</legend>
      <p class="hint muted">0 turns a rate limit off.</p>
      <div class="grid-3">
        {RATE_LIMITS.map(([key, label]) => (
          <Field
            key={key}
            id={`rate-${key}`}
            label={label}
            type="number"
            value={form.rateLimits[key]}
            error={errors[`rateLimits.${key}`]}
            placeholder="server default"
            onInput={(value) => model.edit({ rateLimits: { ...form.rateLimits, [key]: value } })}
          />
        ))}
        <Field
          id="edit-window"
          label="Edit window (minutes)"
          type="number"
          value={form.editWindowMinutes}
          error={errors.editWindowMinutes}
          hint="How long authors may edit a comment."
          onInput={(editWindowMinutes) => model.edit({ editWindowMinutes })}
        />
        <Field
          id="max-length"
          label="Longest comment (characters)"
          type="number"
          value={form.maxLength}
          error={errors.maxLength}
          onInput={(maxLength) => model.edit({ maxLength })}
        />
      </div>
    </fieldset>
  );
}
