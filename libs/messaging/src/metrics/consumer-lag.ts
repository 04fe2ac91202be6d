/** A consumer group's committed offset on one partition; -1 when it has committed nothing yet. */
export interface CommittedOffset {
  topic: string;
  partition: number;
  offset: string;
}

/** A partition's earliest and next-to-be-written offsets. */
export interface PartitionWatermarks {
  partition: number;
  low: string;
  high: string;
}

export interface PartitionLag {
  topic: string;
  partition: number;
  lag: number;
}

/**
 * Messages written to a partition that the group has not yet handled. A group that has committed
 * nothing will start from the earliest retained message, so everything retained counts.
 */
export function consumerLag(
  committed: readonly CommittedOffset[],
  watermarks: ReadonlyMap<string, readonly PartitionWatermarks[]>,
): PartitionLag[] {
  return committed.flatMap(({ topic, partition, offset }) => {
    const marks = watermarks.get(topic)?.find((candidate) => candidate.partition === partition);
    if (!marks) return [];
    const position = Number(offset) >= 0 ? Number(offset) : Number(marks.low);
    return [{ topic, partition, lag: Math.max(0, Number(marks.high) - position) }];
  });
}
