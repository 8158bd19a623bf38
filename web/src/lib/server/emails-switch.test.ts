import { describe, expect, it } from 'vitest';
import { emailsFormView } from '#lib/components/form/emails-form.ts';
import { switchEmails } from './emails-switch.ts';

const post = (fields: Record<string, string>) =>
  new Request('http://localhost/account', { method: 'POST', body: new URLSearchParams(fields) });

describe('the alert e-mails switch', () => {
  it('saves the choice made, and says so', async () => {
    const saved: boolean[] = [];
    const answer = await switchEmails(post({ emails: 'off' }), 'Choose', async (emails) => {
      saved.push(emails);
      return { ok: true, value: undefined };
    });
    expect(saved).toEqual([false]);
    expect(answer).toEqual({ values: { emails: 'off' }, errors: [], saved: true });
    expect(emailsFormView({ values: { emails: 'off' }, errors: [], saved: true }, true)).toMatchObject({
      saved: true,
      hasErrors: false,
      state: { values: { emails: 'off' } },
    });
  });

  it('asks for a choice without saving anything, and keeps the choice when saving it fails', async () => {
    let saves = 0;
    const save = async () => {
      saves += 1;
      return {
        ok: false as const,
        status: 409,
        problem: { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Changed' },
      };
    };
    const none = await switchEmails(post({}), 'Choose', save);
    expect(saves).toBe(0);
    expect(none).toMatchObject({ status: 400, data: { errors: [{ field: 'emails', message: 'Choose' }] } });
    const failed = await switchEmails(post({ emails: 'on' }), 'Choose', save);
    expect(failed).toMatchObject({ status: 409, data: { values: { emails: 'on' }, problem: 'Changed' } });
    expect(emailsFormView(null, false)).toEqual({
      state: { values: { emails: 'off' }, errors: [] },
      problem: undefined,
      saved: false,
      hasErrors: false,
    });
  });
});
