/**
 * The baseline `npm run bench` compares with: the pose landmarker the way the official MediaPipe web sample
 * runs it (the "Pose Landmarker" CodePen that google-ai-edge/mediapipe-samples linked for the web until
 * 2026): PoseLandmarker on the MAIN thread, VIDEO mode, getUserMedia({video: true}) into an autoplaying
 * <video>, and a requestAnimationFrame loop that calls detectForVideo(video, performance.now(), callback)
 * whenever video.currentTime moved, drawing landmarks and connectors on a canvas in the callback.
 * Reimplemented, not copied. Differences, so the comparison is like for like: our model files and wasm from
 * this origin instead of Google's CDN, numPoses 1 (the sample asks for 2; the coach follows one person), the
 * delegate ours resolved (?delegate=CPU|GPU: the sample's GPU is ten times slower on a software GPU). The camera
 * is asked for as the sample asks (`{video: true}`); the benchmark's fake camera file is already webcam-sized.
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
/**
 * Camera frames presented so far, and the count at the last detectForVideo call. A live stream's currentTime
 * moves at every animation frame, not only at a new camera frame, so the sample's loop runs the model on some
 * frames twice; only a call that saw a new frame counts as a frame analysed (the calls and their main-thread
 * time are all still made and measured). Counting only: the loop itself is the sample's.
 */
let framesPresented = 0;
let framesAnalysed = 0;

function countPresentedFrames(): void {
  framesPresented++;
  video.requestVideoFrameCallback(countPresentedFrames);
}

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
    const newFrame = framesPresented !== framesAnalysed;
    framesAnalysed = framesPresented;
    landmarker.detectForVideo(video, startTimeMs, (result) => {
      draw(result);
      if (newFrame) recorder.result(result.landmarks.length > 0, { frameMs: performance.now() - startTimeMs });
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
  video.srcObject = await navigator.mediaDevices.getUserMedia({ video: true });
  return new Promise((resolve) => {
    video.requestVideoFrameCallback(countPresentedFrames);
    video.addEventListener('loadeddata', () => predictWebcam(landmarker, () => resolve({ variant, delegate })), { once: true });
  });
}

recorder.expose(start());
