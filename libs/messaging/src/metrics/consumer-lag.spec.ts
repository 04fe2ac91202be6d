import { consumerLag } from './consumer-lag';

describe('consumer lag', () => {
  const watermarks = new Map([
    [
      'frontdoor.contact-received.v1',
      [
        { partition: 0, low: '0', high: '120' },
        { partition: 1, low: '40', high: '90' },
        { partition: 2, low: '0', high: '7' },
      ],
    ],
  ]);

  it('is what was written after the committed offset, per partition', () => {
    expect(
      consumerLag(
        [
          { topic: 'frontdoor.contact-received.v1', partition: 0, offset: '100' },
          { topic: 'frontdoor.contact-received.v1', partition: 2, offset: '7' },
        ],
        watermarks,
      ),
    ).toEqual([
      { topic: 'frontdoor.contact-received.v1', partition: 0, lag: 20 },
      { topic: 'frontdoor.contact-received.v1', partition: 2, lag: 0 },
    ]);
  });

  it('counts everything still retained when the group has committed nothing', () => {
    expect(consumerLag([{ topic: 'frontdoor.contact-received.v1', partition: 1, offset: '-1' }], watermarks)).toEqual([
      { topic: 'frontdoor.contact-received.v1', partition: 1, lag: 50 },
    ]);
  });

  it('leaves out partitions it has no watermarks for, and never reports a negative lag', () => {
    expect(
      consumerLag(
        [
          { topic: 'frontdoor.other.v1', partition: 0, offset: '3' },
          { topic: 'frontdoor.contact-received.v1', partition: 2, offset: '9' },
        ],
        watermarks,
      ),
    ).toEqual([{ topic: 'frontdoor.contact-received.v1', partition: 2, lag: 0 }]);
  });
});
