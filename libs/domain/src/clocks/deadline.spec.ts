import { getClockRule, type ClockRule } from './clock-rules';
import { addClockDuration, clockState, computeDeadline, describeTimeRemaining } from './deadline';
import { englandAndWalesCalendar as calendar } from './working-day-calendar';

/** Instants are written with their London offset: +00:00 is GMT, +01:00 is BST. */
const at = (iso: string) => new Date(iso);

describe('computeDeadline', () => {
  it('referral.decision from Mon 3 Mar 2025 10:00 is due Tue 4 Mar 10:00 and escalates at 75% of the 24 h, Tue 04:00', () => {
    const deadline = computeDeadline(getClockRule('referral.decision'), at('2025-03-03T10:00:00+00:00'), calendar);
    expect(deadline).toEqual({
      ruleId: 'referral.decision',
      startedAt: at('2025-03-03T10:00:00+00:00'),
      dueAt: at('2025-03-04T10:00:00+00:00'),
      escalateAt: at('2025-03-04T04:00:00+00:00'),
    });
  });

  it('referral.decision from Thu 17 Apr 2025 15:00 is due Tue 22 Apr 15:00 (Easter); 75% of those 120 real hours is 90 h: Mon 21 Apr 09:00 BST', () => {
    const deadline = computeDeadline(getClockRule('referral.decision'), at('2025-04-17T15:00:00+01:00'), calendar);
    expect(deadline.dueAt).toEqual(at('2025-04-22T15:00:00+01:00'));
    expect(deadline.escalateAt).toEqual(at('2025-04-21T09:00:00+01:00'));
  });

  it('ehc.final-plan: 20 calendar weeks (140 days) from Mon 13 Jan 2025 10:00 GMT is Mon 2 Jun 2025 10:00 BST, bank holidays not skipped', () => {
    const deadline = computeDeadline(getClockRule('ehc.final-plan'), at('2025-01-13T10:00:00+00:00'), calendar);
    expect(deadline.dueAt).toEqual(at('2025-06-02T10:00:00+01:00'));
  });

  it('ehc.decision-to-assess: 6 weeks from Mon 15 Dec 2025 10:00 is Mon 26 Jan 2026 10:00; Christmas does not stop a calendar clock', () => {
    const deadline = computeDeadline(getClockRule('ehc.decision-to-assess'), at('2025-12-15T10:00:00+00:00'), calendar);
    expect(deadline.dueAt).toEqual(at('2026-01-26T10:00:00+00:00'));
  });

  it('missing.return-home-interview: 72 real hours from Fri 7 Mar 2025 18:00 is Mon 10 Mar 18:00; weekends count', () => {
    const deadline = computeDeadline(getClockRule('missing.return-home-interview'), at('2025-03-07T18:00:00+00:00'), calendar);
    expect(deadline.dueAt).toEqual(at('2025-03-10T18:00:00+00:00'));
  });

  it('missing.return-home-interview: 72 real hours from Fri 28 Mar 2025 18:00 GMT across the spring clock change is Mon 31 Mar 19:00 BST', () => {
    const deadline = computeDeadline(getClockRule('missing.return-home-interview'), at('2025-03-28T18:00:00+00:00'), calendar);
    expect(deadline.dueAt).toEqual(at('2025-03-31T19:00:00+01:00'));
  });

  it('referral.rag.red: 4 real hours from Sun 30 Mar 2025 00:30 GMT (the clocks go forward at 01:00) is 05:30 BST', () => {
    const deadline = computeDeadline(getClockRule('referral.rag.red'), at('2025-03-30T00:30:00+00:00'), calendar);
    expect(deadline.dueAt).toEqual(at('2025-03-30T05:30:00+01:00'));
  });

  it('serious-incident.notify: 5 WD from Thu 23 Oct 2025 10:00 BST across the autumn clock change is Thu 30 Oct 10:00 GMT', () => {
    const deadline = computeDeadline(getClockRule('serious-incident.notify'), at('2025-10-23T10:00:00+01:00'), calendar);
    expect(deadline.dueAt).toEqual(at('2025-10-30T10:00:00+00:00'));
  });

  it('assessment.child-and-family: 45 WD from Mon 10 Nov 2025 09:00 across Christmas is Thu 15 Jan 2026 09:00', () => {
    const deadline = computeDeadline(getClockRule('assessment.child-and-family'), at('2025-11-10T09:00:00+00:00'), calendar);
    expect(deadline.dueAt).toEqual(at('2026-01-15T09:00:00+00:00'));
  });

  it('child-protection.initial-conference: 15 WD from a strategy discussion on Thu 17 Apr 2025 14:00 skips Good Friday, Easter Monday and Early May bank holiday (Mon 5 May): Tue 13 May 14:00', () => {
    // 22-25 Apr are WD 1-4, 28 Apr-2 May 5-9, 6-9 May 10-13, Mon 12 May 14, Tue 13 May 15.
    const deadline = computeDeadline(
      getClockRule('child-protection.initial-conference'),
      at('2025-04-17T14:00:00+01:00'),
      calendar,
    );
    expect(deadline.dueAt).toEqual(at('2025-05-13T14:00:00+01:00'));
  });

  it('child-protection.first-review-conference: 3 months from an ICPC on Fri 31 Jan 2025 10:00 GMT is Wed 30 Apr 10:00 BST (end of month clamped)', () => {
    const deadline = computeDeadline(
      getClockRule('child-protection.first-review-conference'),
      at('2025-01-31T10:00:00+00:00'),
      calendar,
    );
    expect(deadline.dueAt).toEqual(at('2025-04-30T10:00:00+01:00'));
  });

  it('has no escalateAt for a rule without escalation', () => {
    const rule = { id: 'test.no-escalation', duration: { amount: 1, unit: 'hours' as const } };
    expect(computeDeadline(rule, at('2025-03-03T10:00:00+00:00'), calendar)).not.toHaveProperty('escalateAt');
  });

  it('rejects an escalation fraction outside (0, 1)', () => {
    const rule = { id: 'test.bad', duration: { amount: 1, unit: 'hours' as const }, escalateAtFraction: 1.2 };
    expect(() => computeDeadline(rule, at('2025-03-03T10:00:00+00:00'), calendar)).toThrow(RangeError);
  });

  describe('pauses', () => {
    const rhi = getClockRule('missing.return-home-interview'); // 72 h, escalates at 75%
    const notify = getClockRule('serious-incident.notify'); // 5 WD
    const rhiStart = at('2025-03-03T09:00:00+00:00'); // Mon; due Thu 6 Mar 09:00
    const notifyStart = at('2025-06-02T10:00:00+01:00'); // Mon; due Mon 9 Jun 10:00

    it('hours rule: a 6-hour pause on Tue 4 Mar 12:00-18:00 moves the due date from Thu 09:00 to Thu 15:00, and escalation (54 h of running time) from Wed 15:00 to Wed 21:00', () => {
      const deadline = computeDeadline(rhi, rhiStart, calendar, {
        pauses: [{ from: at('2025-03-04T12:00:00+00:00'), to: at('2025-03-04T18:00:00+00:00') }],
      });
      expect(deadline.dueAt).toEqual(at('2025-03-06T15:00:00+00:00'));
      expect(deadline.escalateAt).toEqual(at('2025-03-05T21:00:00+00:00'));
    });

    it('hours rule: overlapping pauses (12:00-18:00 and 15:00-20:00) count once, 8 h: due Thu 17:00', () => {
      const deadline = computeDeadline(rhi, rhiStart, calendar, {
        pauses: [
          { from: at('2025-03-04T15:00:00+00:00'), to: at('2025-03-04T20:00:00+00:00') },
          { from: at('2025-03-04T12:00:00+00:00'), to: at('2025-03-04T18:00:00+00:00') },
        ],
      });
      expect(deadline.dueAt).toEqual(at('2025-03-06T17:00:00+00:00'));
    });

    it('hours rule: a pause that starts after the original due time but before the extended one still counts (red RAG 09:00 due 13:00; pause 10:00-12:00 → 15:00; pause 14:00-14:30 → 15:30)', () => {
      const deadline = computeDeadline(getClockRule('referral.rag.red'), at('2025-03-03T09:00:00+00:00'), calendar, {
        pauses: [
          { from: at('2025-03-03T14:00:00+00:00'), to: at('2025-03-03T14:30:00+00:00') },
          { from: at('2025-03-03T10:00:00+00:00'), to: at('2025-03-03T12:00:00+00:00') },
        ],
      });
      expect(deadline.dueAt).toEqual(at('2025-03-03T15:30:00+00:00'));
    });

    it('a pause that starts after the due date does not un-breach the clock', () => {
      const deadline = computeDeadline(rhi, rhiStart, calendar, {
        pauses: [{ from: at('2025-03-06T10:00:00+00:00'), to: at('2025-03-08T10:00:00+00:00') }],
      });
      expect(deadline.dueAt).toEqual(at('2025-03-06T09:00:00+00:00'));
      expect(clockState(deadline, at('2025-03-06T12:00:00+00:00'))).toBe('overdue');
    });

    it('WD rule: a pause from Tue 3 Jun 10:00 to Thu 5 Jun 10:00 (2 WD) moves 5 WD from Mon 2 Jun 10:00 to Wed 11 Jun 10:00', () => {
      const deadline = computeDeadline(notify, notifyStart, calendar, {
        pauses: [{ from: at('2025-06-03T10:00:00+01:00'), to: at('2025-06-05T10:00:00+01:00') }],
      });
      expect(deadline.dueAt).toEqual(at('2025-06-11T10:00:00+01:00'));
    });

    it('WD rule: a pause of part of a day (Tue 3 Jun 09:00-17:00) moves nothing; nor does one from Fri 17:00 to Mon 09:00', () => {
      const deadline = computeDeadline(notify, notifyStart, calendar, {
        pauses: [
          { from: at('2025-06-03T09:00:00+01:00'), to: at('2025-06-03T17:00:00+01:00') },
          { from: at('2025-06-06T17:00:00+01:00'), to: at('2025-06-09T09:00:00+01:00') },
        ],
      });
      expect(deadline.dueAt).toEqual(at('2025-06-09T10:00:00+01:00'));
    });

    it('WD rule: a pause from before the start (Sun 1 Jun) is counted from the start, Mon 10:00, to Tue 3 Jun 10:00: 1 WD, due Tue 10 Jun 10:00', () => {
      const deadline = computeDeadline(notify, notifyStart, calendar, {
        pauses: [{ from: at('2025-06-01T00:00:00+01:00'), to: at('2025-06-03T10:00:00+01:00') }],
      });
      expect(deadline.dueAt).toEqual(at('2025-06-10T10:00:00+01:00'));
    });

    it('weeks rule: a pause of 3 days 5 hours (Mon 20 Jan 10:00 to Thu 23 Jan 15:00) moves 6 weeks from Mon 13 Jan 2025 10:00 by 3 whole days, to Thu 27 Feb 10:00', () => {
      const deadline = computeDeadline(getClockRule('ehc.decision-to-assess'), at('2025-01-13T10:00:00+00:00'), calendar, {
        pauses: [{ from: at('2025-01-20T10:00:00+00:00'), to: at('2025-01-23T15:00:00+00:00') }],
      });
      expect(deadline.dueAt).toEqual(at('2025-02-27T10:00:00+00:00'));
    });

    it('an open pause is counted up to `now` and marks the clock paused (72 h from Mon 09:00, paused Tue 09:00, now Tue 11:00: due Thu 11:00)', () => {
      const deadline = computeDeadline(rhi, rhiStart, calendar, {
        pauses: [{ from: at('2025-03-04T09:00:00+00:00') }],
        now: at('2025-03-04T11:00:00+00:00'),
      });
      expect(deadline.dueAt).toEqual(at('2025-03-06T11:00:00+00:00'));
      expect(deadline.pausedSince).toEqual(at('2025-03-04T09:00:00+00:00'));
      expect(clockState(deadline, at('2025-03-04T11:00:00+00:00'))).toBe('paused');
    });

    it('a closed pause does not mark the clock paused', () => {
      const deadline = computeDeadline(rhi, rhiStart, calendar, {
        pauses: [{ from: at('2025-03-04T09:00:00+00:00'), to: at('2025-03-04T10:00:00+00:00') }],
      });
      expect(deadline).not.toHaveProperty('pausedSince');
    });

    it('rejects an open pause without `now`, and a pause that ends before it starts', () => {
      expect(() => computeDeadline(rhi, rhiStart, calendar, { pauses: [{ from: at('2025-03-04T09:00:00+00:00') }] })).toThrow(
        RangeError,
      );
      expect(() =>
        computeDeadline(rhi, rhiStart, calendar, {
          pauses: [{ from: at('2025-03-04T09:00:00+00:00'), to: at('2025-03-04T08:00:00+00:00') }],
        }),
      ).toThrow(RangeError);
    });
  });
});

describe('clockState', () => {
  // Mon 3 Mar 2025 10:00 GMT; escalates Tue 04:00; due Tue 10:00.
  const deadline = computeDeadline(getClockRule('referral.decision'), at('2025-03-03T10:00:00+00:00'), calendar);

  it.each([
    ['2025-03-03T10:00:00.000Z', 'on-time', 'at the start'],
    ['2025-03-04T03:59:59.999Z', 'on-time', 'a millisecond before escalation'],
    ['2025-03-04T04:00:00.000Z', 'at-risk', 'at escalation (75%)'],
    ['2025-03-04T10:00:00.000Z', 'at-risk', 'at the due instant, the last on-time moment'],
    ['2025-03-04T10:00:00.001Z', 'overdue', 'a millisecond after the due instant'],
    ['2025-03-10T10:00:00.000Z', 'overdue', 'a week later'],
  ] as const)('at %s: %s (%s)', (now, expected, _why) => {
    expect(clockState(deadline, at(now))).toBe(expected);
  });

  it('met on or before the due instant is met; after it, met-late, whatever now is', () => {
    const later = at('2025-03-20T12:00:00Z');
    expect(clockState(deadline, later, at('2025-03-04T09:00:00Z'))).toBe('met');
    expect(clockState(deadline, later, at('2025-03-04T10:00:00Z'))).toBe('met');
    expect(clockState(deadline, later, at('2025-03-04T10:00:00.001Z'))).toBe('met-late');
  });

  it('without an escalation the clock goes straight from on-time to overdue', () => {
    const rule: Pick<ClockRule, 'id' | 'duration'> = { id: 'test.plain', duration: { amount: 1, unit: 'working-days' } };
    const plain = computeDeadline(rule, at('2025-03-03T10:00:00Z'), calendar);
    expect(clockState(plain, at('2025-03-04T09:59:00Z'))).toBe('on-time');
    expect(clockState(plain, at('2025-03-04T10:01:00Z'))).toBe('overdue');
  });
});

describe('describeTimeRemaining', () => {
  it('referral.decision due Tue 4 Mar 2025 10:00, at Mon 16:30: 17 whole hours and 0 whole working days left', () => {
    const deadline = computeDeadline(getClockRule('referral.decision'), at('2025-03-03T10:00:00Z'), calendar);
    expect(describeTimeRemaining(deadline, at('2025-03-03T16:30:00Z'))).toEqual({
      overdue: false,
      paused: false,
      milliseconds: 17.5 * 3_600_000,
      hours: 17,
      workingDays: 0,
    });
  });

  it('45 WD assessment from Mon 10 Nov 2025 09:00 (due Thu 15 Jan 2026 09:00): on Mon 22 Dec 09:00, 30 WD have passed and 15 are left', () => {
    const deadline = computeDeadline(getClockRule('assessment.child-and-family'), at('2025-11-10T09:00:00Z'), calendar);
    const now = at('2025-12-22T09:00:00Z');
    expect(calendar.workingDaysBetween(deadline.startedAt, now)).toBe(30);
    expect(describeTimeRemaining(deadline, now, calendar)).toMatchObject({ overdue: false, workingDays: 15, hours: 24 * 24 });
  });

  it('once overdue reports time since the due date: Thu 15 Jan 2026 09:00 to Mon 19 Jan 12:00 is 99 hours and 2 working days', () => {
    const deadline = computeDeadline(getClockRule('assessment.child-and-family'), at('2025-11-10T09:00:00Z'), calendar);
    expect(describeTimeRemaining(deadline, at('2026-01-19T12:00:00Z'))).toMatchObject({ overdue: true, hours: 99, workingDays: 2 });
  });

  it('a paused clock is never overdue', () => {
    const deadline = computeDeadline(getClockRule('referral.rag.red'), at('2025-03-03T09:00:00Z'), calendar, {
      pauses: [{ from: at('2025-03-03T10:00:00Z') }],
      now: at('2025-03-03T12:00:00Z'),
    });
    expect(describeTimeRemaining(deadline, at('2025-03-03T12:00:00Z'))).toMatchObject({ overdue: false, paused: true, hours: 3 });
  });
});

describe('addClockDuration', () => {
  it('one month from Fri 31 Jan 2025 10:00 is Fri 28 Feb 10:00 (clamped to the end of February)', () => {
    expect(addClockDuration(at('2025-01-31T10:00:00Z'), { amount: 1, unit: 'months' }, calendar)).toEqual(
      at('2025-02-28T10:00:00Z'),
    );
  });

  it('calendar days keep the wall-clock time: Sat 25 Oct 2025 12:00 BST + 2 days is Mon 27 Oct 12:00 GMT (49 real hours)', () => {
    expect(addClockDuration(at('2025-10-25T12:00:00+01:00'), { amount: 2, unit: 'calendar-days' }, calendar)).toEqual(
      at('2025-10-27T12:00:00+00:00'),
    );
  });

  it('rejects a negative amount', () => {
    expect(() => addClockDuration(at('2025-01-31T10:00:00Z'), { amount: -1, unit: 'hours' }, calendar)).toThrow(RangeError);
  });
});
