import type { Region } from 'sharp';
import { SAMPLE_PHOTOS, type SamplePhoto } from './photo-fixtures.js';

/**
 * Every real face photo found installed offline (python3-skimage, opencv-doc,
 * python-matplotlib-data), grouped by person. The opencv-doc HTML manual's
 * photos are tutorial figures: drawn boxes or circles near a face are noted.
 * Cartoons, renders and faces covered in drawn landmark dots are left out.
 */

const HTML = '/usr/share/doc/opencv-doc/opencv4/html';
const OPENCV_DATA = '/usr/share/doc/opencv-doc/examples/data';

function opencvDoc(path: string): SamplePhoto {
  return { path, aptPackage: 'opencv-doc' };
}

/** One photo of a person; `region` cuts one panel out of a figure with several. */
export interface CalibrationPhoto {
  label: string;
  photo: SamplePhoto;
  region?: Region;
}

export interface CalibrationIdentity {
  person: string;
  /** The first photo gets the generated variants; further photos are independent shots of the same person. */
  photos: [CalibrationPhoto, ...CalibrationPhoto[]];
}

export const CALIBRATION_IDENTITIES: readonly CalibrationIdentity[] = [
  { person: 'Eileen Collins', photos: [{ label: 'skimage astronaut.png', photo: SAMPLE_PHOTOS.astronaut }] },
  { person: 'cameraman', photos: [{ label: 'skimage camera.png (grey, face turned ~45°)', photo: SAMPLE_PHOTOS.cameraman }] },
  {
    person: 'Lionel Messi',
    photos: [
      { label: 'opencv messi5.jpg (face ~64 px)', photo: SAMPLE_PHOTOS.messi },
      { label: 'opencv inpaint_result.jpg, inpainted panel (another shoot)', photo: opencvDoc(`${HTML}/inpaint_result.jpg`), region: { left: 0, top: 169, width: 225, height: 168 } },
    ],
  },
  {
    person: 'Grace Hopper',
    photos: [{ label: 'matplotlib grace_hopper.jpg', photo: { path: '/usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg', aptPackage: 'python-matplotlib-data' } }],
  },
  {
    person: 'webcam woman',
    photos: [
      { label: 'opencv Cascade_Classifier_Tutorial_Result_Haar.jpg (circles drawn)', photo: opencvDoc(`${HTML}/Cascade_Classifier_Tutorial_Result_Haar.jpg`) },
      { label: 'opencv Cascade_Classifier_Tutorial_Result_LBP.jpg (another frame, head turned)', photo: opencvDoc(`${HTML}/Cascade_Classifier_Tutorial_Result_LBP.jpg`) },
    ],
  },
  {
    person: 'basketball player',
    photos: [
      { label: 'opencv basketball1.png (grey, face ~45 px)', photo: opencvDoc(`${OPENCV_DATA}/basketball1.png`) },
      { label: 'opencv basketball2.png (next frame)', photo: opencvDoc(`${OPENCV_DATA}/basketball2.png`) },
    ],
  },
  { person: 'Lena Forsén', photos: [{ label: 'opencv blurred.png', photo: opencvDoc(`${HTML}/blurred.png`) }] },
  { person: 'Mona Lisa (painting)', photos: [{ label: 'opencv julia_facedetect_sample.jpg (box drawn)', photo: opencvDoc(`${HTML}/julia_facedetect_sample.jpg`) }] },
  { person: 'man, white T-shirt', photos: [{ label: 'opencv 227943776_1.jpg', photo: opencvDoc(`${HTML}/227943776_1.jpg`) }] },
  { person: 'man, goatee', photos: [{ label: 'opencv 230501201_1.jpg', photo: opencvDoc(`${HTML}/230501201_1.jpg`) }] },
  {
    person: 'man, glasses',
    photos: [{ label: 'opencv example.jpg, left panel', photo: opencvDoc(`${HTML}/example.jpg`), region: { left: 0, top: 0, width: 376, height: 580 } }],
  },
];
