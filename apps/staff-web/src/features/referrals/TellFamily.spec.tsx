import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FrontDoorReferral } from '../../api/frontDoorTypes';
import { decidedAdamsReferral } from '../../testing/frontDoorFixtures';
import { renderStaffApp, teamManager, triageManager } from '../../testing/renderStaffApp';

const afterStrategyDiscussion: FrontDoorReferral = {
  ...decidedAdamsReferral,
  outcome: 'strategy-discussion',
  outcomeLabel: 'Strategy discussion (child protection)',
  keyWorker: null,
  familyToldAt: null,
};

describe('telling the family after a strategy discussion', () => {
  it('is offered to those who may decide it, says the family has not been told, and tells them once asked', async () => {
    let referral = afterStrategyDiscussion;
    const tellFamily = jest.fn(async (_id: string) => {
      referral = { ...referral, familyToldAt: '2025-06-04T09:00:00Z' };
      return { familyToldAt: '2025-06-04T09:00:00Z' };
    });
    renderStaffApp(`/referrals/${referral.id}`, {
      getStaffProfile: async () => ({ ...teamManager, capabilities: [...teamManager.capabilities, 'referral:tell-family'] }),
      getReferral: async () => referral,
      tellFamily,
    });
    expect(await screen.findByText('Not told automatically: a social worker decides when it is safe to tell them')).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: 'It is safe to tell the family' }));
    expect(tellFamily).toHaveBeenCalledWith(referral.id);
    expect(await screen.findByText('The family has been told')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'It is safe to tell the family' })).toBeNull();
  });

  it('is not offered without the capability, nor when the family was told automatically', async () => {
    renderStaffApp(`/referrals/${afterStrategyDiscussion.id}`, { getStaffProfile: async () => triageManager, getReferral: async () => afterStrategyDiscussion });
    await screen.findByText('Strategy discussion (child protection)');
    expect(screen.queryByRole('button', { name: 'It is safe to tell the family' })).toBeNull();
  });
});
