/** Cashbook categories as labelled option groups of a select (income, then expense). */
export function CategoryOptgroups({
  groups,
}: {
  groups: { label: string; categories: readonly string[] }[];
}) {
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
