import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();
  it('turns camelCase properties into snake_case columns, keeping explicit names', () => {
    expect(naming.columnName('decisionDueAt', undefined, [])).toBe('decision_due_at');
    expect(naming.columnName('id', 'custom_id', [])).toBe('custom_id');
    expect(naming.columnName('line1', undefined, ['homeAddress'])).toBe('home_address_line1');
    expect(naming.tableName('FamilyAccount', undefined)).toBe('family_account');
  });
});
