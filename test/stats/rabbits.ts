import type { Table2x2 } from "../../lib/stats";

/**
 * Agresti's penicillin and rabbits data (Agresti 2002, p. 287f; R's `mantelhaen.test` documentation example):
 * `array(c(0,0,6,5, 3,0,3,6, 6,2,0,4, 5,6,1,0, 2,5,0,0), dim = c(2,2,5))`, R's column-major order turned into
 * one [[a, b], [c, d]] per penicillin level (rows: immediate / delayed injection; columns: cured / died).
 */
export const RABBITS: Table2x2[] = [
  [
    [0, 6],
    [0, 5],
  ],
  [
    [3, 3],
    [0, 6],
  ],
  [
    [6, 0],
    [2, 4],
  ],
  [
    [5, 1],
    [6, 0],
  ],
  [
    [2, 0],
    [5, 0],
  ],
];
