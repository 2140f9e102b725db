import { Injectable } from '@nestjs/common';
import { RULE_DESCRIPTORS } from '@fairpitch/shared/screening';

/** The screening rules an organiser may make mandatory: those of the current ruleset. */
@Injectable()
export class ScreeningRuleCatalogue {
  private readonly known = RULE_DESCRIPTORS.map((rule) => rule.id);

  ids(): readonly string[] {
    return this.known;
  }
}
