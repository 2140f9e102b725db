import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxMessage } from './outbox-message.entity.js';
import { OutboxService } from './outbox.service.js';

@Module({ imports: [TypeOrmModule.forFeature([OutboxMessage])], providers: [OutboxService], exports: [OutboxService] })
export class OutboxModule {}
