import { TopicDefinition } from '@frontdoor/contracts';
import { UseFilters, applyDecorators } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { EventErrorPassthroughFilter } from './event-error-passthrough.filter';

/** Marks a handler for one contract topic; the server validates the payload before calling it. */
export function ConsumeEvent<P extends object>(topic: TopicDefinition<P>): MethodDecorator {
  return applyDecorators(EventPattern(topic.name), UseFilters(new EventErrorPassthroughFilter()));
}
