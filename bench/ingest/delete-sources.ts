/**
 * Deletes sources one by one through the writer, so entities only they
 * supported go too while entities other sources share stay. Entity ids are
 * global (derived from the name), which is why a bench cannot just delete by
 * an id prefix.
 */
export async function deleteSources(writer: { deleteSource(id: string): Promise<boolean> }, sourceIds: Iterable<string>): Promise<number> {
  let deleted = 0;
  for (const id of sourceIds) if (await writer.deleteSource(id)) deleted += 1;
  return deleted;
}
