import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Auth, SignedInUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { JuryAssignments } from './jury-assignments.service.js';
import { JuryConflicts } from './jury-conflicts.service.js';
import { JuryPanels } from './jury-panels.service.js';
import {
  type OrganiserConflict,
  type PanelUpdate,
  assignBody,
  declareConflictsBody,
  inviteJurorBody,
  manualAssignmentBody,
  organiserConflictBody,
  panelUpdateBody,
  removeAssignmentQuery,
} from './jury.dto.js';

/** The panel of a challenge: settings, jurors, conflicts of interest and who scores what. */
@ApiTags('judging')
@Controller('challenges/:id/jury')
export class JuryPanelController {
  constructor(
    private readonly panels: JuryPanels,
    private readonly conflicts: JuryConflicts,
    private readonly assignments: JuryAssignments,
  ) {}

  @Get()
  @Auth()
  panel(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.panels.panel(user, id);
  }

  @Patch()
  @Auth()
  update(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: panelUpdateBody }) body: PanelUpdate) {
    return this.panels.update(user, id, body);
  }

  @Post('jurors')
  @Auth()
  invite(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: inviteJurorBody }) body: z.infer<typeof inviteJurorBody>) {
    return this.panels.inviteJuror(user, id, body);
  }

  /** The juror's declaration form: participating companies by name, with their latest answers. */
  @Get('conflicts/mine')
  @Auth()
  myConflicts(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.conflicts.forJuror(user, id);
  }

  @Put('conflicts/mine')
  @Auth()
  declare(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: declareConflictsBody }) body: z.infer<typeof declareConflictsBody>) {
    return this.conflicts.declare(user, id, body.declarations);
  }

  /** Every declaration ever made (organisers; for the record and the export). */
  @Get('conflicts')
  @Auth()
  conflictHistory(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.conflicts.history(user, id);
  }

  @Post('conflicts')
  @Auth()
  addConflict(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: organiserConflictBody }) body: OrganiserConflict) {
    return this.conflicts.addByOrganiser(user, id, body);
  }

  /** Draws the assignment for a seed; the same seed and inputs always give the same draw. */
  @Post('assign')
  @HttpCode(200)
  @Auth()
  assign(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: assignBody }) body: z.infer<typeof assignBody>) {
    return this.assignments.assign(user, id, body);
  }

  @Get('assignments')
  @Auth()
  list(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.assignments.list(user, id);
  }

  @Post('assignments')
  @Auth()
  add(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: manualAssignmentBody }) body: z.infer<typeof manualAssignmentBody>) {
    return this.assignments.add(user, id, body);
  }

  @Delete('assignments/:entryId/:jurorId')
  @Auth()
  remove(
    @SignedInUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('entryId', ParseUUIDPipe) entryId: string,
    @Param('jurorId', ParseUUIDPipe) jurorId: string,
    @Query({ schema: removeAssignmentQuery }) query: z.infer<typeof removeAssignmentQuery>,
  ) {
    return this.assignments.remove(user, id, entryId, jurorId, query.reason);
  }
}
