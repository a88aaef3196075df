/** What POST /api/views/:itemId answers: the count after this visit, and whether it counted. */
export interface ViewResult {
  itemId: string;
  views: number;
  counted: boolean;
}
