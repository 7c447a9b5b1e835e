import type { EntityManager } from '@mikro-orm/core';
import type { Caller } from '../../../platform/access/caller.js';
import type { Person } from './person.entity.js';
import { PersonPhoneChange } from './person-phone-change.entity.js';

/** Sets a person's phone, keeping the number it replaces in the append-only history; an unchanged number records nothing. */
export function changePhone(em: EntityManager, person: Person, phone: string | null, caller: Caller, now: Date): void {
  if (person.phone === phone) return;
  em.create(PersonPhoneChange, { personId: person.id, previousPhone: person.phone ?? null, phone, changedAt: now, changedBy: caller.subject, changedByRole: caller.role });
  person.phone = phone;
}
