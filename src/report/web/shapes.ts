/// <reference lib="dom" />
/**
 * Node shapes for sigma: the installed sigma ships only a circle program, so this is one node
 * program (sigma's public NodeProgram API, the same vertex layout as NodeCircleProgram) whose
 * fragment shader cuts the node's quad-triangle into a shape. One program class per shape;
 * the graph's node types map to them by name (sigma picks a node's program by its `type`).
 */
import { NodeProgram, type NodeProgramType, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'ring' | 'square-ring' | 'cross';

const SHAPE_IDS: Record<Shape, number> = { circle: 0, square: 1, diamond: 2, triangle: 3, 'triangle-down': 4, ring: 5, 'square-ring': 6, cross: 7 };

// The enclosing triangle is twice the circle program's, so every shape (which may reach
// 1.4 radii from the centre) fits inside it.
const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;

const float bias = 255.0 / 254.0;

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = 2.0 * size * vec2(cos(a_angle), sin(a_angle));
  vec2 position = a_position + diffVector;
  gl_Position = vec4((u_matrix * vec3(position, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = size / 2.0;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

// Signed distance (in radii) to the shape's edge, negative inside.
const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

float shapeDistance(vec2 p, bool filled) {
  vec2 a = abs(p);
  #if SHAPE == 1
  return max(a.x, a.y) - 0.86;
  #elif SHAPE == 2
  return (a.x + a.y) / 1.2 - 1.0;
  #elif SHAPE == 3
  return max(-p.y, max(dot(p, vec2(0.866, 0.5)), dot(p, vec2(-0.866, 0.5)))) - 0.62;
  #elif SHAPE == 4
  return max(p.y, max(dot(p, vec2(0.866, -0.5)), dot(p, vec2(-0.866, -0.5)))) - 0.62;
  #elif SHAPE == 5
  float ring = length(p);
  return filled ? ring - 1.0 : abs(ring - 0.72) - 0.28;
  #elif SHAPE == 6
  float box = max(a.x, a.y);
  return filled ? box - 0.86 : abs(box - 0.64) - 0.22;
  #elif SHAPE == 7
  return min(max(a.x - 0.36, a.y - 1.05), max(a.x - 1.05, a.y - 0.36));
  #else
  return length(p) - 1.0;
  #endif
}

void main(void) {
  float border = u_correctionRatio * 2.0;
  #ifdef PICKING_MODE
  float dist = shapeDistance(v_diffVector / v_radius, true) * v_radius;
  gl_FragColor = dist > 0.0 ? transparent : v_color;
  #else
  float dist = shapeDistance(v_diffVector / v_radius, false) * v_radius + border;
  float t = 0.0;
  if (dist > border) t = 1.0;
  else if (dist > 0.0) t = dist / border;
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'] as const;

/** A sigma node program class drawing every node as `shape`. */
export function createNodeShapeProgram(shape: Shape): NodeProgramType {
  const fragment = `#define SHAPE ${SHAPE_IDS[shape]}\n${FRAGMENT_SHADER}`;
  return class NodeShapeProgram extends NodeProgram<(typeof UNIFORMS)[number]> {
    getDefinition() {
      return {
        VERTICES: 3,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: fragment,
        METHOD: WebGLRenderingContext.TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_position', size: 2, type: FLOAT },
          { name: 'a_size', size: 1, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        ],
        CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: FLOAT }],
        CONSTANT_DATA: [[Math.PI / 2], [Math.PI / 2 + (2 * Math.PI) / 3], [Math.PI / 2 + (4 * Math.PI) / 3]],
      };
    }

    processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData) {
      const array = this.array;
      array[startIndex++] = data.x;
      array[startIndex++] = data.y;
      array[startIndex++] = data.size;
      array[startIndex++] = floatColor(data.color);
      array[startIndex++] = nodeIndex;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo) {
      gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    }
  };
}

/** Outline of a shape as SVG, for the legend (same geometry as the shader, radius 1). */
export function shapeSvg(shape: Shape, color: string, px = 16): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '-1.5 -1.5 3 3');
  svg.setAttribute('width', String(px));
  svg.setAttribute('height', String(px));
  svg.setAttribute('aria-hidden', 'true');
  const add = (tag: string, attrs: Record<string, string>) => {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    svg.appendChild(e);
  };
  const fill = { fill: color };
  switch (shape) {
    case 'square': add('rect', { x: '-0.86', y: '-0.86', width: '1.72', height: '1.72', ...fill }); break;
    case 'diamond': add('polygon', { points: '0,-1.2 1.2,0 0,1.2 -1.2,0', ...fill }); break;
    // SVG's y axis points down, the graph's up: the triangle is flipped accordingly.
    case 'triangle': add('polygon', { points: '0,-1.24 1.07,0.62 -1.07,0.62', ...fill }); break;
    case 'triangle-down': add('polygon', { points: '0,1.24 1.07,-0.62 -1.07,-0.62', ...fill }); break;
    case 'ring': add('circle', { cx: '0', cy: '0', r: '0.72', fill: 'none', stroke: color, 'stroke-width': '0.56' }); break;
    case 'square-ring': add('rect', { x: '-0.64', y: '-0.64', width: '1.28', height: '1.28', fill: 'none', stroke: color, 'stroke-width': '0.44' }); break;
    case 'cross': add('path', { d: 'M-0.36,-1.05H0.36V-0.36H1.05V0.36H0.36V1.05H-0.36V0.36H-1.05V-0.36H-0.36Z', ...fill }); break;
    default: add('circle', { cx: '0', cy: '0', r: '1', ...fill });
  }
  return svg;
}
