import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { setGlobalRoleSchema } from '@fairpitch/shared/accounts';
import type { z } from 'zod';
import { type PageQuery, pageQuerySchema } from '../common/pagination.js';
import { Auth, SignedInUser } from './auth.decorators.js';
import type { AuthUser } from './auth-user.js';
import { UsersService } from './users.service.js';

@ApiTags('admin')
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Auth('admin')
  list(@Query({ schema: pageQuerySchema }) query: PageQuery) {
    return this.users.list(query);
  }

  @Patch(':id/role')
  @Auth('admin')
  setRole(
    @SignedInUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body({ schema: setGlobalRoleSchema }) body: z.infer<typeof setGlobalRoleSchema>,
  ) {
    return this.users.setGlobalRole(actor, id, body.globalRole);
  }
}
