import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Auth, SignedInUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { JuryConsensus } from './jury-consensus.service.js';
import { JuryDecision } from './jury-decision.service.js';
import { JuryFeedback } from './jury-feedback.service.js';
import { JuryPairwise } from './jury-pairwise.service.js';
import { JuryResults } from './jury-results.service.js';
import { type ConsensusInput, type DecisionInput, comparisonBody, consensusBody, decisionBody } from './jury.dto.js';

/** Results: ranking and agreement, consensus, pairwise expo judging, the decision and feedback. */
@ApiTags('judging')
@Controller()
export class JuryResultsController {
  constructor(
    private readonly results: JuryResults,
    private readonly consensus: JuryConsensus,
    private readonly pairwise: JuryPairwise,
    private readonly decisions: JuryDecision,
    private readonly feedback: JuryFeedback,
  ) {}

  /** {method, entries: [{entryId, rank, tied, total, byCriterion, belowThreshold, …}], agreement: {<criterionId>: {alpha}}, …}. */
  @Get('challenges/:id/ranking')
  @Auth()
  ranking(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.results.ranking(user, id);
  }

  @Get('challenges/:id/jury/agreement')
  @Auth()
  agreement(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.results.agreement(user, id);
  }

  @Get('challenges/:id/jury/consensus')
  @Auth()
  consensusList(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.consensus.list(user, id);
  }

  @Post('challenges/:id/jury/consensus/:entryId')
  @HttpCode(200)
  @Auth()
  recordConsensus(
    @SignedInUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('entryId', ParseUUIDPipe) entryId: string,
    @Body({ schema: consensusBody }) body: ConsensusInput,
  ) {
    return this.consensus.record(user, id, entryId, body);
  }

  /** The next pair for the juror (the same pair until answered or timed out); `pair: null` when done. */
  @Get('challenges/:id/pairwise/next')
  @Auth()
  next(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.pairwise.next(user, id);
  }

  @Post('challenges/:id/pairwise/comparisons')
  @Auth()
  compare(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: comparisonBody }) body: z.infer<typeof comparisonBody>) {
    return this.pairwise.compare(user, id, body);
  }

  /** Finalises the ranking (scores lock), records winners and award, and moves the challenge to "decided". */
  @Post('challenges/:id/decision')
  @Auth()
  decide(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: decisionBody }) body: DecisionInput) {
    return this.decisions.decide(user, id, body);
  }

  @Get('challenges/:id/decision')
  @Auth()
  decision(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.decisions.decision(user, id);
  }

  /** The company's own result after the decision. */
  @Get('entries/:entryId/feedback')
  @Auth()
  companyFeedback(@SignedInUser() user: AuthUser, @Param('entryId', ParseUUIDPipe) entryId: string) {
    return this.feedback.forCompany(user, entryId);
  }
}
