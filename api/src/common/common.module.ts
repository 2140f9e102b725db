import { Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';
import { DomainEvents } from './domain-events.js';

@Global()
@Module({ providers: [DomainEvents, Clock], exports: [DomainEvents, Clock] })
export class CommonModule {}
