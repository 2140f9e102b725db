// Types for the part of @tgwf/co2 (CO2.js, which ships no type definitions) that the climate
// rule uses; read from its dist/esm sources (co2.js, helpers/index.js, sustainable-web-design-v4.js).
declare module '@tgwf/co2' {
  /** A grid intensity in g CO2e/kWh, or a country (ISO 3166-1 alpha-3) to look it up by. */
  export type GridIntensityOption = number | { country: string };

  export interface ByteTraceOptions {
    gridIntensity?: { device?: GridIntensityOption; dataCenter?: GridIntensityOption; network?: GridIntensityOption };
    /** Share (0–1) of the data centre's operational energy from renewable sources. */
    greenHostingFactor?: number;
  }

  export interface ByteTraceResult {
    /** Grams of CO2e (a number unless the instance was made with results: 'segment' or rating). */
    co2: number;
    green: boolean;
    variables: {
      description: string;
      bytes: number;
      gridIntensity: {
        description: string;
        device: { value: number; country?: string };
        dataCenter: { value: number; country?: string };
        network: { value: number; country?: string };
      };
      greenHostingFactor?: number;
    };
  }

  export class co2 {
    constructor(options?: { model?: 'swd' | '1byte'; version?: 3 | 4; rating?: boolean; results?: 'segment' });
    perByte(bytes: number, green?: boolean): number;
    perByteTrace(bytes: number, green?: boolean, options?: ByteTraceOptions): ByteTraceResult;
  }

  /** Ember annual average grid intensities, g CO2e/kWh, by ISO 3166-1 alpha-3 code and region. */
  export const averageIntensity: { type: 'average'; data: Record<string, number> };
}
