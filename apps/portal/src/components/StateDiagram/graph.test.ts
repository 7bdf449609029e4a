import { describe, expect, it } from 'vitest';
import { journeyMachine, journeyStates } from '@heze/machines';
import { studyLeaveMachine, studyLeaveStates } from '@heze/machines';
import { layout, machineGraph, pathTaken } from './graph';

describe('the state diagram is read from the machine definition', () => {
  it("has the journey's states and its transitions (targetless ones, such as recordAgreedPay, draw nothing)", () => {
    const g = machineGraph(journeyMachine);
    expect(g.initial).toBe('applied');
    expect([...g.states].sort()).toEqual([...journeyStates].sort());
    const has = (from: string, to: string, event: string) => g.edges.some((e) => e.from === from && e.to === to && e.event === event);
    expect(has('applied', 'enrolled', 'enrol')).toBe(true);
    expect(has('registering', 'trainingCompleted', 'eligibility.refused')).toBe(true);
    expect(has('certified', 'closed', 'after:claimWindow')).toBe(true);
    expect(g.edges.some((e) => e.event === 'recordAgreedPay')).toBe(false);
    expect(g.edges.filter((e) => e.to === 'withdrawn').length).toBeGreaterThanOrEqual(6);
  });

  it('lays the main path out top to bottom, back edges (a retake, a refused registration) found as such, no two states on one spot', () => {
    const g = machineGraph(journeyMachine);
    const l = layout(g);
    const layer = (s: string) => l.nodes.get(s)!.layer;
    const main = ['applied', 'enrolled', 'trainingCompleted', 'registering', 'registered', 'passed', 'certified', 'subsidyClaimed'];
    for (let i = 1; i < main.length; i++) expect(layer(main[i]!)).toBeGreaterThan(layer(main[i - 1]!));
    expect([...l.back].map((e) => `${e.from}>${e.to}`)).toEqual(expect.arrayContaining(['registering>trainingCompleted']));
    const spots = [...l.nodes.values()].map((n) => `${n.x},${n.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('the path taken: every state a recorded transition left or entered, and the steps between', () => {
    const g = machineGraph(studyLeaveMachine);
    expect([...g.states].sort()).toEqual([...studyLeaveStates].sort());
    const p = pathTaken([{ before: 'requested', after: 'escalated' }, { before: 'escalated', after: 'approved' }], g.initial);
    expect([...p.states]).toEqual(['requested', 'escalated', 'approved']);
    expect([...p.steps]).toEqual(['requested>escalated', 'escalated>approved']);
    // An Update that passed through a state (the rules answered within it) took both steps.
    const j = pathTaken([{ before: 'trainingCompleted', via: ['registering'], after: 'registered' }], 'applied');
    expect([...j.steps]).toEqual(['trainingCompleted>registering', 'registering>registered']);
  });
});
