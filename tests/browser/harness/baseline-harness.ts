/**
 * The baseline `npm run bench` compares with: the pose landmarker the way the official MediaPipe web sample
 * runs it (the "Pose Landmarker" CodePen that google-ai-edge/mediapipe-samples linked for the web until
 * 2026): PoseLandmarker on the MAIN thread, VIDEO mode, getUserMedia({video: true}) into an autoplaying
 * <video>, and a requestAnimationFrame loop that calls detectForVideo(video, performance.now(), callback)
 * whenever video.currentTime moved, drawing landmarks and connectors on a canvas in the callback.
 * Reimplemented, not copied. Differences, so the comparison is like for like: our model files and wasm from
 * this origin instead of Google's CDN, numPoses 1 (the sample asks for 2; the coach follows one person), the
 * delegate ours resolved (?delegate=CPU|GPU: the sample's GPU is ten times slower on a software GPU), and
 * 640x480 asked for explicitly: what `{video: true}` gives on a real webcam (Chromium's default size) and
 * what ours asks for, where Chromium's file-backed fake camera would otherwise give the file's own size.
 * Query: ?model=lite|full|heavy&delegate=CPU|GPU.
 */
import { DrawingUtils, FilesetResolver, PoseLandmarker, type PoseLandmarkerResult } from '@mediapipe/tasks-vision';
import { BenchRecorder, type BenchEngine } from './bench-probe';

const params = new URLSearchParams(location.search);
const variant = params.get('model') ?? 'lite';
const delegate = params.get('delegate') === 'GPU' ? 'GPU' : 'CPU';
const video = document.querySelector('video')!;
const canvas = document.querySelector('canvas')!;
const context = canvas.getContext('2d')!;
const drawing = new DrawingUtils(context);
const recorder = new BenchRecorder();
let lastVideoTime = -1;

function draw(result: PoseLandmarkerResult): void {
  context.save();
  context.clearRect(0, 0, canvas.width, canvas.height);
  for (const landmarks of result.landmarks) {
    drawing.drawLandmarks(landmarks, { radius: (data) => DrawingUtils.lerp(data.from!.z, -0.15, 0.1, 5, 1) });
    drawing.drawConnectors(landmarks, PoseLandmarker.POSE_CONNECTIONS);
  }
  context.restore();
}

function predictWebcam(landmarker: PoseLandmarker, onFirstResult: () => void): void {
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const startTimeMs = performance.now();
  if (lastVideoTime !== video.currentTime) {
    lastVideoTime = video.currentTime;
    landmarker.detectForVideo(video, startTimeMs, (result) => {
      draw(result);
      recorder.result(result.landmarks.length > 0, { frameMs: performance.now() - startTimeMs });
    });
    onFirstResult();
  }
  requestAnimationFrame(() => predictWebcam(landmarker, onFirstResult));
}

async function start(): Promise<BenchEngine> {
  const vision = await FilesetResolver.forVisionTasks(new URL('/wasm', location.href).href);
  const landmarker = await PoseLandmarker.createFromOptions(vision, {
    baseOptions: { modelAssetPath: new URL(`/models/pose_landmarker_${variant}.task`, location.href).href, delegate },
    runningMode: 'VIDEO',
    numPoses: 1,
  });
  video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
  return new Promise((resolve) => {
    video.addEventListener('loadeddata', () => predictWebcam(landmarker, () => resolve({ variant, delegate })), { once: true });
  });
}

recorder.expose(start());
