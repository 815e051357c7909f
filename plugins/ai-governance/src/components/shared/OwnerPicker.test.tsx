import { useState } from 'react';
import type { Entity } from '@backstage/catalog-model';
import { screen, waitFor } from '@testing-library/react';
import { renderWithApis, setupUser } from '../../__testUtils__';
import { OWNER_HINT, OwnerPicker } from './OwnerPicker';

const CATALOG: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-risk', namespace: 'default' },
    spec: { type: 'team', profile: { displayName: 'Payments Risk' } },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'credit-ml', title: 'Credit ML' },
    spec: { type: 'team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'jane.doe' },
    spec: { profile: { displayName: 'Jane Doe' } },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', title: 'Payments API' },
    spec: { type: 'service' },
  },
];

/** The picker in a form that shows what it would store. */
function Form(props: { initial?: string }) {
  const [owner, setOwner] = useState(props.initial ?? '');
  return (
    <>
      <OwnerPicker
        id="owner"
        label="Owner"
        value={owner}
        onChange={setOwner}
        helperText={OWNER_HINT}
      />
      <output>stored: {owner}</output>
    </>
  );
}

const ownerField = () => screen.getByRole('textbox', { name: 'Owner' });

describe('OwnerPicker', () => {
  it('lists the catalog groups and users by name, and stores the picked entity ref', async () => {
    const user = setupUser();
    await renderWithApis(<Form />, { catalogEntities: CATALOG });

    await user.click(ownerField());
    await user.type(ownerField(), 'pay');
    const option = await screen.findByRole('option', { name: /Payments Risk/ });
    expect(option).toHaveTextContent('group:default/payments-risk');
    // Only users and groups are owners: the component is not offered.
    expect(screen.queryByRole('option', { name: /Payments API/ })).toBeNull();
    await user.click(option);

    expect(
      screen.getByText('stored: group:default/payments-risk'),
    ).toBeVisible();
    expect(ownerField()).toHaveAccessibleDescription('Payments Risk (group)');
  });

  it('offers users under their display name, groups by title when they have no profile', async () => {
    const user = setupUser();
    await renderWithApis(<Form />, { catalogEntities: CATALOG });

    await user.click(ownerField());
    await user.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
        'Credit MLgroup:default/credit-ml',
        'Payments Riskgroup:default/payments-risk',
        'Jane Doeuser:default/jane.doe',
      ]),
    );
    expect(screen.getByText('Groups')).toBeVisible();
    expect(screen.getByText('Users')).toBeVisible();
  });

  it('keeps a typed ref the catalog does not list, for the schema to check', async () => {
    const user = setupUser();
    await renderWithApis(<Form />, { catalogEntities: CATALOG });

    await user.type(ownerField(), 'group:default/new-team');
    expect(screen.queryByRole('option')).toBeNull();
    expect(screen.getByText('stored: group:default/new-team')).toBeVisible();
    expect(ownerField()).toHaveAccessibleDescription(OWNER_HINT);
  });

  it('names the owner a record already has', async () => {
    await renderWithApis(<Form initial="user:default/jane.doe" />, {
      catalogEntities: CATALOG,
    });

    expect(ownerField()).toHaveValue('user:default/jane.doe');
    await waitFor(() =>
      expect(ownerField()).toHaveAccessibleDescription('Jane Doe (user)'),
    );
  });
});
