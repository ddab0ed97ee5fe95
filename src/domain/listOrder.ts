// The orders rel list offers: by name, by the last conversation, by the next due day.
export const LIST_SORT_KEYS = ['name', 'last', 'next'] as const;
export type ListSortKey = (typeof LIST_SORT_KEYS)[number];
