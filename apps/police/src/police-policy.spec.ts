import { PolicePolicy } from './police-policy';

describe('PolicePolicy', () => {
  it('shares two years of incidents unless configured otherwise', () => {
    expect(PolicePolicy.fromEnv({}).incidentLookbackYears).toBe(2);
    expect(PolicePolicy.fromEnv({ POLICE_INCIDENT_LOOKBACK_YEARS: '5' }).incidentLookbackYears).toBe(5);
  });

  it.each(['0', '-1', '2.5', 'two', '51'])('refuses to boot with a lookback of "%s"', (value) => {
    expect(() => PolicePolicy.fromEnv({ POLICE_INCIDENT_LOOKBACK_YEARS: value })).toThrow(
      /POLICE_INCIDENT_LOOKBACK_YEARS/,
    );
  });
});
