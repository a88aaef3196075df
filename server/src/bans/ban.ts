/** An IP hash a moderator banned, as GET /api/admin/bans lists it. */
export interface Ban {
  ipHash: string;
  reason?: string;
  createdAt: string;
}
