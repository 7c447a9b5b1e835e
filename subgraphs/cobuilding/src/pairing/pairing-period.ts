/** Whether a pairing's period (both days included) covers the given day, all as YYYY-MM-DD. */
export function isActivePairing(pairing: { startsOn: string; endsOn: string }, today: string): boolean {
  return pairing.startsOn <= today && today <= pairing.endsOn;
}
