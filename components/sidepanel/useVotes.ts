import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The agent's thumbs for the current question: pressing a thumb votes, pressing the pressed one again
 * takes the vote back, the other thumb changes it. `record` is told only about real changes, so repeated
 * clicks never add votes. Cleared when `question` changes (a new question or conversation).
 */
export function useVotes(record: (entryKey: string, up: boolean | undefined) => void, question: string) {
  const [votes, setVotes] = useState<Record<string, boolean | undefined>>({});
  // Read by press(): two clicks before a re-render must still see each other.
  const current = useRef(votes);
  useEffect(() => {
    current.current = {};
    setVotes({});
  }, [question]);
  return {
    of: (entryKey: string): boolean | undefined => votes[entryKey],
    /** Returns the card's vote after the press. */
    press(entryKey: string, up: boolean): boolean | undefined {
      const next = current.current[entryKey] === up ? undefined : up;
      current.current = { ...current.current, [entryKey]: next };
      record(entryKey, next);
      setVotes(current.current);
      return next;
    },
  };
}
