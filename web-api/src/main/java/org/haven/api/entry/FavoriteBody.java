package org.haven.api.entry;

/** Marks or unmarks an entry as a favourite. */
public record FavoriteBody(Boolean favorite) {}
