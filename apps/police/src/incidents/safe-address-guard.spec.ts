import { safeAddressLeaks, safeAddressText } from './safe-address-guard';

const SAFE = safeAddressText({ addressLine: '7 Haven Close, Stretford', postcode: 'M32 0XX' });

describe('safeAddressLeaks', () => {
  it('finds nothing in a message that does not mention the safe address', () => {
    const fields = {
      summary: 'Officers attended; the victim had a facial injury.',
      children: [{ firstName: 'Sam', lastName: 'Example', postcode: 'M33 7ZZ' }],
    };

    expect(safeAddressLeaks(fields, [SAFE])).toEqual([]);
  });

  it('names each field carrying the street, the numbered line or the postcode, however written', () => {
    const fields = {
      summary: 'Victim has moved to HAVEN  CLOSE with the children.',
      victim: { firstName: 'Casey', lastName: 'Example' },
      children: [
        { firstName: 'Sam', postcode: 'm320xx' },
        { firstName: 'Alex', postcode: 'M33 7ZZ', wordsAndViews: 'Alex said they now live at 7 Haven Close.' },
      ],
    };

    expect(safeAddressLeaks(fields, [SAFE]).map((error) => error.field)).toEqual([
      'summary',
      'children[0].postcode',
      'children[1].wordsAndViews',
    ]);
  });

  it('says what is wrong without repeating the address', () => {
    const [error] = safeAddressLeaks({ summary: 'Now at M32 0XX' }, [SAFE]);

    expect(error.messages).toEqual(["summary must not contain the victim's safe address: it never leaves GMP"]);
    expect(JSON.stringify(error)).not.toMatch(/M32|Haven/i);
  });

  it('checks against every safe address held, and nothing when none is', () => {
    const other = safeAddressText({ addressLine: '2 Quiet Lane', postcode: 'BL1 4QX' });

    expect(safeAddressLeaks({ summary: 'Near Quiet Lane' }, [SAFE, other])).toHaveLength(1);
    expect(safeAddressLeaks({ summary: 'Near Quiet Lane' }, [])).toEqual([]);
  });
});
