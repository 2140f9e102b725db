import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

// In-process events between areas, run inside the emitter's transaction. They let one module
// react to another (an accepted invitation grants a challenge role) without either reaching
// into the other's tables or importing it in a cycle.
export interface DomainEventMap {
  'invitation.accepted': { userId: string; role: string; challengeId: string | null; companyId: string | null; actorId: string };
  'user.disabled': { userId: string };
}
export type DomainEventName = keyof DomainEventMap;
type Handler<K extends DomainEventName> = (payload: DomainEventMap[K], manager: EntityManager) => Promise<void>;

@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<DomainEventName, Handler<DomainEventName>[]>();

  on<K extends DomainEventName>(name: K, handler: Handler<K>): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as unknown as Handler<DomainEventName>);
    this.handlers.set(name, list);
  }

  async emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K], manager: EntityManager): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await handler(payload, manager);
  }
}
