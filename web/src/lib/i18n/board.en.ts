/** English text of the board's signed-in pages (the partnership overview and exact signatory reports). */
export const boardEn = {
  'board.title': 'Partnership overview',
} as const;

export type BoardKey = keyof typeof boardEn;
