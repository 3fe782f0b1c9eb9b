// The criticality ranking runs in a worker of its own: on a large network it simulates every
// party's withdrawal in turn, and the person can keep simulating (or cancel it) meanwhile.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImpactNetwork } from '../../../shared/analysis';
import { criticalityActions, getEmptyCriticalityState } from '../core/simulation/criticalityState';
import type { CriticalityState } from '../core/simulation/criticalityState';
import { CancelledError, SimulationClient } from '../workers/simulationClient';
import type { CriticalityScope } from '../workers/simulationProtocol';

export type Criticality = {
  state: CriticalityState;
  run: (scope?: CriticalityScope) => void;
  cancel: () => void;
  setSized: (sized: boolean) => void;
};

export function useCriticality(network: ImpactNetwork): Criticality {
  const [state, setState] = useState(getEmptyCriticalityState);
  const [client] = useState(() => new SimulationClient());
  const loaded = useRef<ImpactNetwork | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => setState(criticalityActions.networkChanged), [network]);
  useEffect(() => () => client.dispose(), [client]);

  const run = useCallback(async (scope?: CriticalityScope) => {
    const asked = scope ?? stateRef.current.scope;
    setState((current) => criticalityActions.started(current, asked));
    try {
      if (loaded.current !== network) {
        client.load(network, (message) => setState((current) => criticalityActions.failed(current, message)));
        loaded.current = network;
      }
      const reply = await client.ask<'ranked'>({ type: 'criticality', scope: asked }, (update) => {
        if (update.type === 'progress') setState((current) => criticalityActions.progressed(current, update.done, update.total));
      });
      setState((current) => criticalityActions.succeeded(current, reply.ranking));
    } catch (error) {
      if (error instanceof CancelledError) setState(criticalityActions.cancelled);
      else setState((current) => criticalityActions.failed(current, error instanceof Error ? error.message : String(error)));
    }
  }, [client, network]);

  const cancel = useCallback(() => client.cancel(), [client]);
  const setSized = useCallback((sized: boolean) => setState((current) => criticalityActions.sizedToggled(current, sized)), []);

  return { state, run: (scope) => void run(scope), cancel, setSized };
}
