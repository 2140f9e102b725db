import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { isEeaCountry } from '@fairpitch/shared/challenges';
import { Auth, SignedInUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { HackathonTeamsService } from './hackathon-teams.service.js';

const teamBody = z.object({
  name: z.string().trim().min(2).max(120),
  country: z.string().trim().toUpperCase().refine(isEeaCountry, 'company.country-not-eea').default('DK'),
});

@ApiTags('hackathons')
@Controller('challenges/:id')
export class HackathonController {
  constructor(private readonly hackathons: HackathonTeamsService) {}

  /** An individual registers for the hackathon event. */
  @Post('event-registrations')
  @Auth()
  register(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.hackathons.register(user, id);
  }

  @Get('event-registrations/mine')
  @Auth()
  mine(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.hackathons.mine(user, id);
  }

  /** A registered participant forms a team during the event and leads it; members are invited via /api/companies/:teamId/members. */
  @Post('teams')
  @Auth()
  formTeam(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: teamBody }) body: z.infer<typeof teamBody>) {
    return this.hackathons.formTeam(user, id, body);
  }

  @Get('teams')
  @Auth()
  overview(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.hackathons.overview(user, id);
  }
}
