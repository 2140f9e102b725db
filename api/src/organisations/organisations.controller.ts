import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type CompanyInput, companyInputSchema } from '@fairpitch/shared/challenges';
import { emailSchema } from '@fairpitch/shared/accounts';
import { z } from 'zod';
import { Auth, SignedInUser } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { OrganisationsService } from './organisations.service.js';

const inviteMemberSchema = z.object({ email: emailSchema, name: z.string().trim().min(1).max(200) });

@ApiTags('companies')
@Controller('companies')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  /** Registers a company; the registering user becomes its administrator. */
  @Post()
  @Auth()
  register(@SignedInUser() user: AuthUser, @Body({ schema: companyInputSchema }) body: CompanyInput) {
    return this.organisations.register(user, body);
  }

  @Get('mine')
  @Auth()
  mine(@SignedInUser() user: AuthUser) {
    return this.organisations.mine(user);
  }

  @Get(':id')
  @Auth()
  get(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.organisations.get(user, id);
  }

  @Put(':id')
  @Auth()
  update(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: companyInputSchema }) body: CompanyInput) {
    return this.organisations.update(user, id, body);
  }

  @Get(':id/members')
  @Auth()
  members(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.organisations.listMembers(user, id);
  }

  @Post(':id/members')
  @Auth()
  invite(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body({ schema: inviteMemberSchema }) body: z.infer<typeof inviteMemberSchema>) {
    return this.organisations.inviteMember(user, id, body);
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @Auth()
  async remove(@SignedInUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    await this.organisations.removeMember(user, id, userId);
  }
}
